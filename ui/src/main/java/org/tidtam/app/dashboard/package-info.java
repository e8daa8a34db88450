/**
 * The dashboard for decision makers (step 4 of the work process): the figures of a round with their
 * charts and tables, the Excel download of every table, and the memo to the director.
 */
@NullMarked
package org.tidtam.app.dashboard;

import org.jspecify.annotations.NullMarked;
