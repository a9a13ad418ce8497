package io.serviceculture.plugin.kudos.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The record that a kudos was hidden. Its unique {@code KUDOS_ID} lets only one of two moderators acting at once
 * hide a kudos, since Active Objects offers no conditional update; the kudos row carries a copy for queries.
 */
// every column in one SELECT: without it each getter is a query of its own
@Preload
@Table("KUDOS_MOD")
public interface KudosModerationAO extends Entity {
    String COLUMN_KUDOS_ID = "KUDOS_ID";
    String COLUMN_MODERATOR_KEY = "MODERATOR_KEY";
    String COLUMN_REASON = "REASON";
    String COLUMN_HIDDEN_AT = "HIDDEN_AT";

    @Unique
    long getKudosId();

    void setKudosId(long kudosId);

    @NotNull
    String getModeratorKey();

    void setModeratorKey(String moderatorKey);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    @NotNull
    Date getHiddenAt();

    void setHiddenAt(Date hiddenAt);
}
