package io.serviceculture.plugin.kudos.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One person's reaction to one kudos; the unique {@code REACTION_KEY} ({@code kudosId|userKey}) allows one each. */
// every column in one SELECT: without it each getter is a query of its own
@Preload
@Table("KUDOS_REACT")
public interface KudosReactionAO extends Entity {
    String COLUMN_KUDOS_ID = "KUDOS_ID";
    String COLUMN_USER_KEY = "USER_KEY";
    String COLUMN_REACTION_KEY = "REACTION_KEY";
    String COLUMN_CREATED_AT = "CREATED_AT";

    @Indexed
    long getKudosId();

    void setKudosId(long kudosId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getReactionKey();

    void setReactionKey(String reactionKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
