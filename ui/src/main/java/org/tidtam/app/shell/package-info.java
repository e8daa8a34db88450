/**
 * The application shell: the layout around every screen, the home page that sends each role to its
 * work, and the language each user's screens speak.
 */
@NullMarked
package org.tidtam.app.shell;

import org.jspecify.annotations.NullMarked;
