package io.serviceculture.plugin.reports.web;

/** The reports page's view model: the data itself is loaded by the page's script from REST. */
public final class KudosReportsView {
    private final boolean privateText;
    private final boolean admin;

    KudosReportsView(boolean privateText, boolean admin) {
        this.privateText = privateText;
        this.admin = admin;
    }

    /** Whether reports list private kudos with their text, as an admin allowed. */
    public boolean isPrivateText() {
        return privateText;
    }

    /** Admins may change that setting from the page. */
    public boolean isAdmin() {
        return admin;
    }
}
