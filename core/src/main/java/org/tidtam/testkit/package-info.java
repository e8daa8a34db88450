/** Test support for form plugin authors: one harness checks a plugin end to end. */
@NullMarked
package org.tidtam.testkit;

import org.jspecify.annotations.NullMarked;
