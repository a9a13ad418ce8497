package com.atlassian.jira.issue.watchers;

import com.atlassian.jira.issue.Issue;
import java.util.Collection;

/** Who watches an issue; the app only reads it, so only that method is mirrored. */
public interface WatcherManager {
    /** The user keys of the people currently watching the issue. */
    Collection<String> getWatcherUserKeys(Issue issue);
}
