/** The annual report: service. */
@NullMarked
package org.tidtam.app.report.service;

import org.jspecify.annotations.NullMarked;
