/** Users and sign-in: service. */
@NullMarked
package org.tidtam.app.security.service;

import org.jspecify.annotations.NullMarked;
