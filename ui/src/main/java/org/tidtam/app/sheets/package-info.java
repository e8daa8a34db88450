/**
 * Spreadsheets in and out: every list and table the application shows can be downloaded as an Excel
 * workbook (Apache POI), with Thai headers in a Thai font and numbers kept as numbers.
 */
@NullMarked
package org.tidtam.app.sheets;

import org.jspecify.annotations.NullMarked;
