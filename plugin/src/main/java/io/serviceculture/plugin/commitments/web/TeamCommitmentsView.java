package io.serviceculture.plugin.commitments.web;

import java.util.List;

/** The "My team" page's view model: the current commitments of everyone the viewer manages. */
public final class TeamCommitmentsView {
    private final boolean manager;
    private final List<CommitmentItemView> commitments;

    TeamCommitmentsView(boolean manager, List<CommitmentItemView> commitments) {
        this.manager = manager;
        this.commitments = List.copyOf(commitments);
    }

    /** Whether the viewer manages anyone; someone who does not is told so rather than shown an empty table. */
    public boolean isManager() {
        return manager;
    }

    public List<CommitmentItemView> getCommitments() {
        return commitments;
    }

    public boolean isAnyCommitment() {
        return !commitments.isEmpty();
    }
}
