package io.serviceculture.plugin.people.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A lead an admin named for a team; a team may have several. */
@Table("TEAM_LEAD")
public interface TeamLeadAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_TEAM = "TEAM";
    String COLUMN_USER_KEY = "USER_KEY";

    @NotNull
    @Indexed
    String getTeam();

    void setTeam(String team);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);
}
