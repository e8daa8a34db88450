/** Document: a form's template glue, its vocabulary and where its templates come from. */
@NullMarked
package org.tidtam.document;

import org.jspecify.annotations.NullMarked;
