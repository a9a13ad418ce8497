package io.serviceculture.plugin.commitments.web;

import io.serviceculture.plugin.web.Html;
import java.util.List;

/** The profile panel's view model: this period's commitments the viewer may read, and whether they may add one. */
public final class ProfileCommitmentsView {
    private final String ownerKey;
    private final String ownerName;
    private final boolean canAdd;
    private final List<CommitmentItemView> commitments;

    ProfileCommitmentsView(String ownerKey, String ownerName, boolean canAdd, List<CommitmentItemView> commitments) {
        this.ownerKey = ownerKey;
        this.ownerName = ownerName;
        this.canAdd = canAdd;
        this.commitments = List.copyOf(commitments);
    }

    public String getOwnerKeyHtml() {
        return Html.escape(ownerKey);
    }

    public String getOwnerNameHtml() {
        return Html.escape(ownerName);
    }

    public boolean isCanAdd() {
        return canAdd;
    }

    public List<CommitmentItemView> getCommitments() {
        return commitments;
    }

    public boolean isAnyCommitment() {
        return !commitments.isEmpty();
    }

    /** Nothing to show and nothing to do: the panel renders nothing at all. */
    public boolean isHidden() {
        return commitments.isEmpty() && !canAdd;
    }
}
