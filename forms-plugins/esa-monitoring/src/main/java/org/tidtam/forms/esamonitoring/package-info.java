/**
 * Form 7.1, แบบติดตามและรายงานผลการดำเนินงานตามนโยบายและกลยุทธ์ สำนักงานเขตพื้นที่การศึกษา: the 6-
 * and 12-month report of one group of the office on the indicators of the office's plan that it
 * owns, with its projects (from form 7.2), best practices, problems and certification.
 */
@NullMarked
package org.tidtam.forms.esamonitoring;

import org.jspecify.annotations.NullMarked;
