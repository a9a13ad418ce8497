package io.serviceculture.plugin.standards.rest;

import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.rest.CurrentUser;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The server-side admin check behind every changing standards endpoint. {@code @AdminOnly} already stops others
 * at REST's door; this holds even if a resource is ever mapped without it.
 */
@Named
public class StandardsAdmin {
    static final String ADMIN_ONLY = "service-culture.standards.error.admin-only";

    private final CurrentUser currentUser;

    @Inject
    public StandardsAdmin(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public UserKey require() {
        UserKey caller = currentUser.require();
        if (!currentUser.isAdmin(caller)) {
            throw new PermissionDeniedException(ADMIN_ONLY);
        }
        return caller;
    }
}
