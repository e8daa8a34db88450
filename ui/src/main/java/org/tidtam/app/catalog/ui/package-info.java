/** The catalog screen of planners and administrators. */
@NullMarked
package org.tidtam.app.catalog.ui;

import org.jspecify.annotations.NullMarked;
