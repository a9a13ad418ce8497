package io.serviceculture.plugin.commitments.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.jspecify.annotations.Nullable;

/** A check-in on a commitment; progress in percent, or null for a note alone. */
@Table("COMMIT_CHECKIN")
public interface CheckInAO extends Entity {
    String COLUMN_COMMITMENT_ID = "COMMITMENT_ID";
    String COLUMN_AUTHOR_KEY = "AUTHOR_KEY";
    String COLUMN_CHECKED_AT = "CHECKED_AT";
    String COLUMN_NOTE = "NOTE";
    String COLUMN_PROGRESS = "PROGRESS";

    @Indexed
    long getCommitmentId();

    void setCommitmentId(long commitmentId);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    Date getCheckedAt();

    void setCheckedAt(Date checkedAt);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getNote();

    void setNote(String note);

    @Nullable
    Integer getProgress();

    void setProgress(@Nullable Integer progress);
}
