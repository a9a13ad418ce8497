package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Jira's user search, as the user pickers use it: by user name, display name or e-mail prefix. */
public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
