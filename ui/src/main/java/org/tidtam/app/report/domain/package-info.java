/** The annual report: domain. */
@NullMarked
package org.tidtam.app.report.domain;

import org.jspecify.annotations.NullMarked;
