/**
 * Schema: the form schema derived from a plugin's record, its JSON Schema export, and the registry
 * of installed plugins.
 */
@NullMarked
package org.tidtam.schema;

import org.jspecify.annotations.NullMarked;
