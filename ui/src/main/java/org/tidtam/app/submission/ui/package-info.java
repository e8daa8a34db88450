/** Submissions: ui (the lists of "my forms" and of the review). */
@NullMarked
package org.tidtam.app.submission.ui;

import org.jspecify.annotations.NullMarked;
