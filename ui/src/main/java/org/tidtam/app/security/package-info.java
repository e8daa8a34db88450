/** Who may sign in, and how: the users, their roles and units, the web and API security. */
@NullMarked
package org.tidtam.app.security;

import org.jspecify.annotations.NullMarked;
