package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One change group: who changed which fields of an issue, and when. A class in Jira, hence here. */
public class ChangeHistory {
    protected ChangeHistory() {}

    /** Empty for changes by anonymous users or automation. */
    public @Nullable String getAuthorKey() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public Timestamp getTimePerformed() {
        throw new UnsupportedOperationException("compile-only mirror");
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        throw new UnsupportedOperationException("compile-only mirror");
    }
}
