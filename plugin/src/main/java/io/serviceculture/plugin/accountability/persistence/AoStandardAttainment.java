package io.serviceculture.plugin.accountability.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.accountability.AttainmentPort;
import io.serviceculture.core.accountability.StandardAttainment;
import io.serviceculture.plugin.standards.persistence.CycleAO;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * An issue's attainment from the SLA cycles the standards feature recorded for it: met completed cycles out of
 * all completed cycles. Counted in SQL, so no cycle is read.
 */
@Named
public class AoStandardAttainment implements AttainmentPort {
    private final ActiveObjects ao;

    @Inject
    public AoStandardAttainment(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StandardAttainment> attainment(long issueId) {
        int completed = ao.count(CycleAO.class, CycleAO.COLUMN_ISSUE_ID + " = ?", issueId);
        if (completed == 0) {
            return Optional.empty();
        }
        int met = ao.count(
                CycleAO.class, CycleAO.COLUMN_ISSUE_ID + " = ? AND " + CycleAO.COLUMN_MET + " = ?", issueId, true);
        return Optional.of(new StandardAttainment(met, completed));
    }
}
