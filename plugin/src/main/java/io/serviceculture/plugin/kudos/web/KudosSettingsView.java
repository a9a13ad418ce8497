package io.serviceculture.plugin.kudos.web;

/** The personal settings page's view model: the person's current choices. */
public final class KudosSettingsView {
    private final boolean leaderboardOptOut;
    private final boolean showCounts;

    KudosSettingsView(boolean leaderboardOptOut, boolean showCounts) {
        this.leaderboardOptOut = leaderboardOptOut;
        this.showCounts = showCounts;
    }

    public boolean isLeaderboardOptOut() {
        return leaderboardOptOut;
    }

    public boolean isShowCounts() {
        return showCounts;
    }
}
