/** Monitoring plan and follow-up: api. */
@NullMarked
package org.tidtam.app.monitoring.api;

import org.jspecify.annotations.NullMarked;
