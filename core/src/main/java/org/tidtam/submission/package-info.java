/**
 * Submission: reading, upgrading and checking submissions, the submission service and the stores
 * behind it.
 */
@NullMarked
package org.tidtam.submission;

import org.jspecify.annotations.NullMarked;
