/** Validation of submissions with Jakarta Validation, Thai messages first. */
@NullMarked
package org.tidtam.validation;

import org.jspecify.annotations.NullMarked;
