/**
 * In-app notices: policy and planning reminds the units that are late, have not submitted or had a
 * report returned; each unit's users see their unread notices and mark them read.
 */
@NullMarked
package org.tidtam.app.notice;

import org.jspecify.annotations.NullMarked;
