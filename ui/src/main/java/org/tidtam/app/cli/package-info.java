/** The command line: list, export, validate and render forms without the web application. */
@NullMarked
package org.tidtam.app.cli;

import org.jspecify.annotations.NullMarked;
