package io.serviceculture.plugin.rest;

import com.atlassian.sal.api.user.UserManager;
import io.serviceculture.core.people.UserKey;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/** The logged-in caller as a core {@link UserKey}; Jira's REST access rules have already refused anonymous calls. */
@Named
public class CurrentUser {
    private final UserManager userManager;

    @Inject
    public CurrentUser(UserManager userManager) {
        this.userManager = userManager;
    }

    public Optional<UserKey> key() {
        var key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(UserKey.of(key.getStringValue()));
    }

    /** The caller's key; resources call this only behind an access annotation that requires a login. */
    public UserKey require() {
        return key().orElseThrow(() -> new IllegalStateException("no logged-in user behind a licensed-only resource"));
    }

    public boolean isAdmin(UserKey key) {
        return userManager.isAdmin(new com.atlassian.sal.api.user.UserKey(key.value()));
    }
}
