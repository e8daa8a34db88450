/** Stored submissions: their life from draft to approval, their audit trail and downloads. */
@NullMarked
package org.tidtam.app.submission;

import org.jspecify.annotations.NullMarked;
