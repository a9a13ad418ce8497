package com.atlassian.crowd.event.group;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.model.membership.MembershipType;

/** One user or child group deleted as a member of a group (deprecated by Crowd for the plural event). */
public class GroupMembershipDeletedEvent {
    private final String entityName;
    private final String groupName;
    private final MembershipType membershipType;

    public GroupMembershipDeletedEvent(
            Object source, Directory directory, String entityName, String groupName, MembershipType membershipType) {
        this.entityName = entityName;
        this.groupName = groupName;
        this.membershipType = membershipType;
    }

    public String getEntityName() {
        return entityName;
    }

    public String getGroupName() {
        return groupName;
    }

    public MembershipType getMembershipType() {
        return membershipType;
    }
}
