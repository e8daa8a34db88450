/**
 * The figures decision makers read (step 4 of the work process, DOMAIN §1.4): for a fiscal year and
 * round, how complete and timely the reports are, how many indicators reached their targets by
 * strategy and policy, the budget allocated and spent by group and funding source, and the schools
 * aggregated by district and size. Each group of figures is also a {@link
 * org.tidtam.figures.FigureTable}, the one shape the dashboard, its Excel download, the memo to the
 * director and the annual report show. Pure functions over the catalog, the follow-up and the facts
 * the submissions state.
 */
@NullMarked
package org.tidtam.figures;

import org.jspecify.annotations.NullMarked;
