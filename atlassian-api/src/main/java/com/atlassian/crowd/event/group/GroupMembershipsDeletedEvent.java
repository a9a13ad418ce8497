package com.atlassian.crowd.event.group;

import com.atlassian.crowd.embedded.api.Directory;
import com.atlassian.crowd.model.membership.MembershipType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** One or more users or child groups deleted as members of one group, all of the same membership type. */
public class GroupMembershipsDeletedEvent {
    private final Collection<String> entityNames;
    private final String groupName;
    private final MembershipType membershipType;

    public GroupMembershipsDeletedEvent(
            Object source,
            Directory directory,
            Iterable<String> entityNames,
            String groupName,
            MembershipType membershipType) {
        List<String> names = new ArrayList<>();
        entityNames.forEach(names::add);
        this.entityNames = List.copyOf(names);
        this.groupName = groupName;
        this.membershipType = membershipType;
    }

    public Collection<String> getEntityNames() {
        return entityNames;
    }

    public String getGroupName() {
        return groupName;
    }

    public MembershipType getMembershipType() {
        return membershipType;
    }
}
