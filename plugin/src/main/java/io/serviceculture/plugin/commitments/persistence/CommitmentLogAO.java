package io.serviceculture.plugin.commitments.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One change to a commitment; rows outlive the commitment, so a deletion stays on record. */
@Table("COMMIT_LOG")
public interface CommitmentLogAO extends Entity {
    String COLUMN_COMMITMENT_ID = "COMMITMENT_ID";
    String COLUMN_LOG_ACTION = "LOG_ACTION";
    String COLUMN_ACTOR_KEY = "ACTOR_KEY";
    String COLUMN_LOGGED_AT = "LOGGED_AT";
    String COLUMN_DETAIL = "DETAIL";

    @Indexed
    long getCommitmentId();

    void setCommitmentId(long commitmentId);

    @NotNull
    String getLogAction();

    void setLogAction(String action);

    @NotNull
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    Date getLoggedAt();

    void setLoggedAt(Date loggedAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
