/** Thai calendar, fiscal-year, money and numeral helpers. */
@NullMarked
package org.tidtam.thai;

import org.jspecify.annotations.NullMarked;
