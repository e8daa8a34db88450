/** Reference data: fiscal years, policies, strategies, indicators, groups, schools. */
@NullMarked
package org.tidtam.catalog;

import org.jspecify.annotations.NullMarked;
