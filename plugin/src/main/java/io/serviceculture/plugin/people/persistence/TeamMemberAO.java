package io.serviceculture.plugin.people.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.jspecify.annotations.Nullable;

/** One membership period: a person in a team from {@code STARTED_AT} (inclusive) to {@code ENDED_AT} (exclusive). */
@Table("TEAM_MEMBER")
public interface TeamMemberAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_TEAM = "TEAM";
    String COLUMN_STARTED_AT = "STARTED_AT";
    String COLUMN_ENDED_AT = "ENDED_AT";

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    String getTeam();

    void setTeam(String team);

    @NotNull
    Date getStartedAt();

    void setStartedAt(Date startedAt);

    // empty while the person is still a member
    @Nullable
    @Indexed
    Date getEndedAt();

    void setEndedAt(@Nullable Date endedAt);
}
