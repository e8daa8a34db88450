/**
 * The monitoring plan of each fiscal year and the follow-up of its rounds: expected, submitted,
 * approved and late reports per form and per unit, and who has not submitted.
 */
@NullMarked
package org.tidtam.app.monitoring;

import org.jspecify.annotations.NullMarked;
