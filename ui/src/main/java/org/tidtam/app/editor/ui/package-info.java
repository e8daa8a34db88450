/** Views around the form editor. */
@NullMarked
package org.tidtam.app.editor.ui;

import org.jspecify.annotations.NullMarked;
