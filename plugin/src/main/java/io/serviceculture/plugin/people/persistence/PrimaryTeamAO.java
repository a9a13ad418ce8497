package io.serviceculture.plugin.people.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The primary team an admin set for a person, used for attribution while they are in it. */
@Table("PRIMARY_TEAM")
public interface PrimaryTeamAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_TEAM = "TEAM";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getTeam();

    void setTeam(String team);
}
