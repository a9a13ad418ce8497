package io.serviceculture.plugin.kudos.web;

import io.serviceculture.plugin.web.Html;
import java.util.List;

/** The profile panel's view model. */
public final class ProfileKudosView {
    private final String receiverId;
    private final String displayName;
    private final boolean canGive;
    private final boolean own;
    private final boolean showCounts;
    private final List<ValueCountView> counts;
    private final List<KudosItemView> kudos;

    ProfileKudosView(
            String receiverId,
            String displayName,
            boolean canGive,
            boolean own,
            boolean showCounts,
            List<ValueCountView> counts,
            List<KudosItemView> kudos) {
        this.receiverId = receiverId;
        this.displayName = displayName;
        this.canGive = canGive;
        this.own = own;
        this.showCounts = showCounts;
        this.counts = List.copyOf(counts);
        this.kudos = List.copyOf(kudos);
    }

    public String getReceiverIdHtml() {
        return Html.escape(receiverId);
    }

    public String getDisplayNameHtml() {
        return Html.escape(displayName);
    }

    public boolean isCanGive() {
        return canGive;
    }

    /** The viewer's own profile: the panel links to their recognition settings. */
    public boolean isOwn() {
        return own;
    }

    public boolean isShowCounts() {
        return showCounts && !counts.isEmpty();
    }

    public List<ValueCountView> getCounts() {
        return counts;
    }

    public List<KudosItemView> getKudos() {
        return kudos;
    }

    public boolean isAnyKudos() {
        return !kudos.isEmpty();
    }
}
