package io.serviceculture.standalone.services;

import com.atlassian.jira.project.Project;

/** Jira's project object over a host project's id and key. */
public record HostProjectObject(Long getId, String getKey) implements Project {}
