/** The installed form plugins, as the application sees them. */
@NullMarked
package org.tidtam.app.forms;

import org.jspecify.annotations.NullMarked;
