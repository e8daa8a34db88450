/** The demo office's users and submissions, created on the first start of a new database. */
@NullMarked
package org.tidtam.app.demo;

import org.jspecify.annotations.NullMarked;
