/**
 * Report: the annual report's model, the SPI through which the office and each form contribute
 * chapters and annexes, and the assembler that writes the whole report as one Word document.
 */
@NullMarked
package org.tidtam.report;

import org.jspecify.annotations.NullMarked;
