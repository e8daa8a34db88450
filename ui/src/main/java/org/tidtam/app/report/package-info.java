/**
 * The annual report (step 5 of the work process): policy and planning set up the report of a fiscal
 * year (cover, foreword, chapters), build it in the background, download it as Word or PDF and
 * publish it; publishing freezes what it used. The published year's public summary is open to
 * everyone.
 */
@NullMarked
package org.tidtam.app.report;

import org.jspecify.annotations.NullMarked;
