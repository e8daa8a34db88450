/**
 * Provenance: what a generated document was made from (the submissions, the template, the
 * generator, the time and a hash of the data), kept in the .docx as a custom XML part.
 */
@NullMarked
package org.tidtam.provenance;

import org.jspecify.annotations.NullMarked;
