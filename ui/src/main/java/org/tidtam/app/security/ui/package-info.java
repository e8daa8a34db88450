/** Users and sign-in: ui. */
@NullMarked
package org.tidtam.app.security.ui;

import org.jspecify.annotations.NullMarked;
