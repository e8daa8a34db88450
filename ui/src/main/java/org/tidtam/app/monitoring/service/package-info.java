/** Monitoring plan and follow-up: service. */
@NullMarked
package org.tidtam.app.monitoring.service;

import org.jspecify.annotations.NullMarked;
