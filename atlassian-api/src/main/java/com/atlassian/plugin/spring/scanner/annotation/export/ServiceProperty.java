package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A property of an exported OSGi service. */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
public @interface ServiceProperty {
    String key();

    String value();
}
