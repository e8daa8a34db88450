/** The annual report: api. */
@NullMarked
package org.tidtam.app.report.api;

import org.jspecify.annotations.NullMarked;
