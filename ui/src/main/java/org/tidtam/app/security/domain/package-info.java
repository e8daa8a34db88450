/** Users and sign-in: domain. */
@NullMarked
package org.tidtam.app.security.domain;

import org.jspecify.annotations.NullMarked;
