package com.atlassian.crowd.model.membership;

/** Whether a membership puts a user or a child group into a group. */
public enum MembershipType {
    GROUP_USER,
    GROUP_GROUP
}
