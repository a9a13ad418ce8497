package io.serviceculture.core.config;

import io.serviceculture.core.people.UserKey;

/** Records an applied import in the audit log, so that a changed production set-up can be traced to who did it. */
@FunctionalInterface
public interface ConfigurationAuditPort {
    void imported(UserKey actor, ConfigurationDiff diff);
}
