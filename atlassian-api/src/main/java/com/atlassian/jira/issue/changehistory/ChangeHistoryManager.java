package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** Reads an issue's change history, oldest change group first. */
public interface ChangeHistoryManager {
    List<ChangeHistory> getChangeHistories(Issue issue);
}
