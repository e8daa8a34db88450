/** The application shell: ui. */
@NullMarked
package org.tidtam.app.shell.ui;

import org.jspecify.annotations.NullMarked;
