/**
 * The form editor: one component that edits a submission of any installed form, built from the
 * form's schema, so that a new plugin needs no editor code of its own.
 */
@NullMarked
package org.tidtam.app.editor;

import org.jspecify.annotations.NullMarked;
