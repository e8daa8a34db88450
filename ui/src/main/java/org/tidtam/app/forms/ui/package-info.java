/** Views of the installed forms. */
@NullMarked
package org.tidtam.app.forms.ui;

import org.jspecify.annotations.NullMarked;
