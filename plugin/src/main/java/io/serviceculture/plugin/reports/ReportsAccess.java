package io.serviceculture.plugin.reports;

import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.Readers;
import io.serviceculture.plugin.rest.CurrentUser;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Who may run HR reports: members of the HR group and Jira admins, checked on the server for every call. Kudos
 * switched off answers 404 first, for everyone, as if the feature were not installed.
 */
@Named
public class ReportsAccess {
    private final FeatureGuard guard;
    private final CurrentUser currentUser;
    private final Readers readers;

    @Inject
    public ReportsAccess(FeatureGuard guard, CurrentUser currentUser, Readers readers) {
        this.guard = guard;
        this.currentUser = currentUser;
        this.readers = readers;
    }

    /** The caller, if kudos are on and they are HR or an admin; else a 404 or 403 domain error. */
    public UserKey requireHr() {
        guard.require(Feature.KUDOS);
        UserKey viewer = currentUser.require();
        if (!readers.isHrOrAdmin(viewer)) {
            throw new PermissionDeniedException("service-culture.reports.error.hr-only");
        }
        return viewer;
    }

    public boolean featureOn() {
        return guard.isOn(Feature.KUDOS);
    }

    public boolean isHrOrAdmin(UserKey viewer) {
        return readers.isHrOrAdmin(viewer);
    }
}
