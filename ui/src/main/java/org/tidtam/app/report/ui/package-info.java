/** The annual report: ui. */
@NullMarked
package org.tidtam.app.report.ui;

import org.jspecify.annotations.NullMarked;
