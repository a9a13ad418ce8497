/**
 * Compile-only mirror of the Spring Scanner export annotations, following https://bitbucket.org/atlassian/atlassian-spring-scanner (atlassian-spring-scanner-annotation, ExportAsService). Jira provides the real types at runtime.
 */
@org.jspecify.annotations.NullMarked
package com.atlassian.plugin.spring.scanner.annotation.export;
