/**
 * Form 7.2, แบบรายงานผลการดำเนินงานโครงการประจำปีงบประมาณ: the 6- and 12-month performance report
 * of one project of the office's annual action plan.
 */
@NullMarked
package org.tidtam.forms.projectreport;

import org.jspecify.annotations.NullMarked;
