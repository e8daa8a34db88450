/** The read-only dashboard screen. */
@NullMarked
package org.tidtam.app.dashboard.ui;

import org.jspecify.annotations.NullMarked;
