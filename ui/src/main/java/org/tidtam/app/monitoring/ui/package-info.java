/** Monitoring plan and follow-up: the screens. */
@NullMarked
package org.tidtam.app.monitoring.ui;

import org.jspecify.annotations.NullMarked;
