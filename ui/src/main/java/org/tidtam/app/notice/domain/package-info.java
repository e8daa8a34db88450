/** In-app notices: domain. */
@NullMarked
package org.tidtam.app.notice.domain;

import org.jspecify.annotations.NullMarked;
