package io.serviceculture.core.standards;

/** What a running clock crossed: its warning share of the goal, or the goal itself. */
public enum AlertKind {
    WARNING,
    BREACH
}
