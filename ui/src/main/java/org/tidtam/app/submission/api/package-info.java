/** Stored submissions: api. */
@NullMarked
package org.tidtam.app.submission.api;

import org.jspecify.annotations.NullMarked;
