package com.atlassian.audit.entity;

/** How verbose a coverage setting must be for an event to be logged. */
public enum CoverageLevel {
    BASE,
    ADVANCED,
    FULL
}
