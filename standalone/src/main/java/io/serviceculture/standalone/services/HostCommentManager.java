package io.serviceculture.standalone.services;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.issue.comments.CommentManager;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.standalone.jira.JiraStore;
import java.util.Date;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Jira's {@code CommentManager} over the comments the importer kept in each issue's timeline. The host keeps
 * whether a comment was restricted, not to whom: a restricted one reads as visible to a group.
 */
public final class HostCommentManager implements CommentManager {
    /** Stands for the group or role an imported restricted comment named. */
    static final String RESTRICTED_GROUP = "jira-restricted";

    private final JiraStore jira;

    public HostCommentManager(JiraStore jira) {
        this.jira = jira;
    }

    @Override
    public List<Comment> getComments(Issue issue) {
        if (issue.getId() == null) {
            return List.of();
        }
        return jira.issue(issue.getId())
                .map(i -> i.timeline().eventsOf(IssueEvent.Commented.class).stream()
                        .<Comment>map(HostComment::new)
                        .toList())
                .orElse(List.of());
    }

    /** One comment, as Jira's {@code Comment}. */
    record HostComment(IssueEvent.Commented comment) implements Comment {
        @Override
        public @Nullable String getAuthorKey() {
            return comment.actor().map(UserKey::value).orElse(null);
        }

        @Override
        public Date getCreated() {
            return Date.from(comment.at());
        }

        @Override
        public @Nullable String getGroupLevel() {
            return comment.restricted() ? RESTRICTED_GROUP : null;
        }

        @Override
        public @Nullable Long getRoleLevelId() {
            return null;
        }
    }
}
