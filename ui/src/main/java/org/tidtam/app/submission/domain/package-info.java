/** Stored submissions: domain. */
@NullMarked
package org.tidtam.app.submission.domain;

import org.jspecify.annotations.NullMarked;
