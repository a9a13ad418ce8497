package com.atlassian.jira.issue.comments;

import java.util.Date;
import org.jspecify.annotations.Nullable;

/** A comment on an issue; a group or role level restricts who may read it. */
public interface Comment {
    @Nullable
    String getAuthorKey();

    Date getCreated();

    @Nullable
    String getGroupLevel();

    @Nullable
    Long getRoleLevelId();
}
