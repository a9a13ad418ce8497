/**
 * Compile-only mirror of the Spring Scanner import annotation, following https://bitbucket.org/atlassian/atlassian-spring-scanner (atlassian-spring-scanner-annotation, ComponentImport). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugin.spring.scanner.annotation.imports;
