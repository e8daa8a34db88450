/**
 * How the template engine works inside: docx4j loading, run joining, tag parsing, linting, the
 * compiled fragment tree and the .docx writer. Nothing outside {@code org.tidtam.template} uses it.
 */
@NullMarked
package org.tidtam.template.internal;

import org.jspecify.annotations.NullMarked;
