package io.serviceculture.plugin.commitments.web;

import java.util.List;

/** The "My team" page's view model: the current commitments of everyone the viewer manages. */
public final class TeamCommitmentsView {
    private final List<CommitmentItemView> commitments;

    TeamCommitmentsView(List<CommitmentItemView> commitments) {
        this.commitments = List.copyOf(commitments);
    }

    public List<CommitmentItemView> getCommitments() {
        return commitments;
    }

    public boolean isAnyCommitment() {
        return !commitments.isEmpty();
    }
}
