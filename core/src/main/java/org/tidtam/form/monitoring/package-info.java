/**
 * The monitoring vocabulary that forms 7.1 and 7.2 (and the annual report) share: the assessment of
 * a target, the rule of an indicator's values, the report round, the quality level, photos and
 * problem–solution pairs. One meaning, one set of labels and one rule in every form.
 */
@NullMarked
package org.tidtam.form.monitoring;

import org.jspecify.annotations.NullMarked;
