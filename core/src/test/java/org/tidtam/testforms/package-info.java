/** A small form plugin used only by core's tests: one record of every supported field type. */
@NullMarked
package org.tidtam.testforms;

import org.jspecify.annotations.NullMarked;
