package org.tidtam.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spring context of the screen tests: its own in-memory database with the demo data, so that
 * returning, approving and starting reports here never changes what the other tests read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "tidtam.test.context=screens")
public @interface ScreenTest {}
