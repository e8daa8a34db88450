/**
 * The monitoring plan (แผนกำกับ ติดตาม) of a fiscal year and the follow-up (เร่งรัด) it allows: the
 * rounds with their reporting windows, which form each kind of unit owes in each round, the
 * submissions expected from that, whether a unit may still submit on a day, and per round who has
 * submitted, who was approved, who is late and whom to call. Pure functions over the catalog and a
 * few facts about the submissions; the application reads those from its database.
 */
@NullMarked
package org.tidtam.monitoring;

import org.jspecify.annotations.NullMarked;
