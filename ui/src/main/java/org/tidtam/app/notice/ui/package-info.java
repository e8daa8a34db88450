/** In-app notices: what the screens share about them. */
@NullMarked
package org.tidtam.app.notice.ui;

import org.jspecify.annotations.NullMarked;
