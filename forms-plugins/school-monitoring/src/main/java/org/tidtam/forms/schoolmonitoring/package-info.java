/**
 * Form 7.3, แบบติดตามและรายงานผลของสถานศึกษา: a school's report to the office on its basic data,
 * its work on each OBEC policy of the fiscal year, its quality indicators, awards, problems and the
 * support it needs.
 */
@NullMarked
package org.tidtam.forms.schoolmonitoring;

import org.jspecify.annotations.NullMarked;
