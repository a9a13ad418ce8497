package io.serviceculture.plugin.kudos.web;

/** The personal settings page's view model: the person's current choices. */
public final class KudosSettingsView {
    private final boolean leaderboardOptOut;
    private final boolean showCounts;
    private final boolean mailReceived;
    private final boolean mailHidden;

    KudosSettingsView(boolean leaderboardOptOut, boolean showCounts, boolean mailReceived, boolean mailHidden) {
        this.leaderboardOptOut = leaderboardOptOut;
        this.showCounts = showCounts;
        this.mailReceived = mailReceived;
        this.mailHidden = mailHidden;
    }

    public boolean isMailReceived() {
        return mailReceived;
    }

    public boolean isMailHidden() {
        return mailHidden;
    }

    public boolean isLeaderboardOptOut() {
        return leaderboardOptOut;
    }

    public boolean isShowCounts() {
        return showCounts;
    }
}
