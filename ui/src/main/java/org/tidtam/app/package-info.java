/** The Spring Boot + Vaadin application and the entry point of the command line. */
@NullMarked
package org.tidtam.app;

import org.jspecify.annotations.NullMarked;
