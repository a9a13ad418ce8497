package io.serviceculture.core.accountability;

import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.UserKey;
import java.util.ArrayList;
import java.util.List;

/** A cell with every issue's contribution; the contributions sum exactly to the cell's components. */
public record CellDrillDown(Cell cell, List<Contribution> contributions) {
    public CellDrillDown {
        contributions = List.copyOf(contributions);
    }

    /**
     * What a viewer may be shown: the issues they may browse by name, the others only as a sum, so that the
     * figures still add up without naming an issue the viewer cannot see.
     */
    public VisibleDrillDown visibleTo(UserKey viewer, IssueVisibilityPort visibility) {
        List<Contribution> visible = new ArrayList<>();
        Components hidden = Components.NONE;
        int hiddenIssues = 0;
        for (Contribution contribution : contributions) {
            if (visibility.canBrowse(viewer, contribution.issueId())) {
                visible.add(contribution);
            } else {
                hidden = hidden.plus(contribution.components());
                hiddenIssues++;
            }
        }
        return new VisibleDrillDown(cell, visible, hidden, hiddenIssues);
    }

    /** A drill-down as one viewer sees it. */
    public record VisibleDrillDown(Cell cell, List<Contribution> visible, Components hidden, int hiddenIssues) {
        public VisibleDrillDown {
            visible = List.copyOf(visible);
        }
    }
}
