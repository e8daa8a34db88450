/** Stored submissions: service. */
@NullMarked
package org.tidtam.app.submission.service;

import org.jspecify.annotations.NullMarked;
