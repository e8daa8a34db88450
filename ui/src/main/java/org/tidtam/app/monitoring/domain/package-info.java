/** Monitoring plan and follow-up: domain. */
@NullMarked
package org.tidtam.app.monitoring.domain;

import org.jspecify.annotations.NullMarked;
