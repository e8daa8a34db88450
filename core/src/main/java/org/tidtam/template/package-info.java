/** The docx template engine: placeholders, loops, conditionals, formatters, images. */
@NullMarked
package org.tidtam.template;

import org.jspecify.annotations.NullMarked;
