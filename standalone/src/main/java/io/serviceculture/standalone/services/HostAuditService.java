package io.serviceculture.standalone.services;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's audit log for the host: events go to the host's log and the latest are kept for tests and for a
 * look at what the app audited. Jira keeps them in its own audit tables.
 */
public final class HostAuditService implements AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(HostAuditService.class);
    static final int KEPT = 1000;

    private final Deque<AuditEvent> latest = new ArrayDeque<>();

    @Override
    public void audit(AuditEvent event) {
        LOG.info("Audit: {}", event.getActionI18nKey());
        synchronized (latest) {
            latest.addFirst(event);
            if (latest.size() > KEPT) {
                latest.removeLast();
            }
        }
    }

    /** The latest audited events, newest first. */
    public List<AuditEvent> latest() {
        synchronized (latest) {
            return List.copyOf(latest);
        }
    }
}
