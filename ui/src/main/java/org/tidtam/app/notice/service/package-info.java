/** In-app notices: sending, listing and marking read, with the access rules. */
@NullMarked
package org.tidtam.app.notice.service;

import org.jspecify.annotations.NullMarked;
