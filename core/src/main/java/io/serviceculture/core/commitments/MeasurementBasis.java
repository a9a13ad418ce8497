package io.serviceculture.core.commitments;

import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.UserKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A measurement with the issues behind it: the entries the figure was computed from, then the owner's issues it
 * leaves out, each with its reason. Empty for milestones and kudos given, which no issue makes up.
 */
public record MeasurementBasis(Measurement measurement, List<IssueContribution> issues) {
    public MeasurementBasis {
        issues = List.copyOf(issues);
    }

    public List<IssueContribution> counted() {
        return issues.stream().filter(IssueContribution::counts).toList();
    }

    public List<IssueContribution> excluded() {
        return issues.stream().filter(issue -> !issue.counts()).toList();
    }

    /**
     * What a viewer may be shown: the issues they may browse by name, the others only as numbers, so that the
     * figure still adds up without naming an issue the viewer cannot see.
     */
    public Visible visibleTo(UserKey viewer, IssueVisibilityPort visibility) {
        List<IssueContribution> counted = new ArrayList<>();
        List<IssueContribution> excluded = new ArrayList<>();
        int hiddenCounted = 0;
        int hiddenExcluded = 0;
        for (IssueContribution issue : issues) {
            boolean browsable = visibility.canBrowse(viewer, issue.issueId());
            if (issue.counts()) {
                if (browsable) {
                    counted.add(issue);
                } else {
                    hiddenCounted++;
                }
            } else if (browsable) {
                excluded.add(issue);
            } else {
                hiddenExcluded++;
            }
        }
        return new Visible(measurement, counted, hiddenCounted, excluded, hiddenExcluded);
    }

    /** A basis as one viewer sees it. */
    public record Visible(
            Measurement measurement,
            List<IssueContribution> counted,
            int hiddenCounted,
            List<IssueContribution> excluded,
            int hiddenExcluded) {
        public Visible {
            counted = List.copyOf(counted);
            excluded = List.copyOf(excluded);
        }

        public boolean isEmpty() {
            return counted.isEmpty() && excluded.isEmpty() && hiddenCounted == 0 && hiddenExcluded == 0;
        }
    }
}
