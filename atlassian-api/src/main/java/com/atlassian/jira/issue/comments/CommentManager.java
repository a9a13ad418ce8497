package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import java.util.List;

/** Reads an issue's comments, without permission checks. */
public interface CommentManager {
    List<Comment> getComments(Issue issue);
}
