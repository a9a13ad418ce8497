package io.serviceculture.plugin.kudos.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/**
 * One kudos. Two unique columns make a single insert enforce both rules: {@code SLOT} (giver, ISO week, slot
 * number) keeps the weekly allowance exact under concurrency, {@code REQUEST_KEY} (giver, client request id) makes
 * giving idempotent.
 */
// every column in one SELECT: without it each getter is a query of its own
@Preload
@Table("KUDOS")
public interface KudosAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_GIVER_KEY = "GIVER_KEY";
    String COLUMN_VALUE_ID = "VALUE_ID";
    String COLUMN_MESSAGE = "MESSAGE";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_VISIBILITY = "VISIBILITY";
    String COLUMN_GIVEN_AT = "GIVEN_AT";
    String COLUMN_WEEK = "WEEK";
    String COLUMN_SLOT = "SLOT";
    String COLUMN_CLIENT_REQUEST_ID = "CLIENT_REQUEST_ID";
    String COLUMN_REQUEST_KEY = "REQUEST_KEY";
    String COLUMN_HIDDEN_BY = "HIDDEN_BY";
    String COLUMN_HIDDEN_REASON = "HIDDEN_REASON";
    String COLUMN_HIDDEN_AT = "HIDDEN_AT";

    @NotNull
    @Indexed
    String getGiverKey();

    void setGiverKey(String giverKey);

    @NotNull
    @Indexed
    String getValueId();

    void setValueId(String valueId);

    // up to 1000 characters, beyond the 450 of an indexed text column
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    // the issue view's kudos panel asks for an issue's newest kudos on every view: without an index that walks
    // the whole table for the many issues with fewer kudos than the panel shows
    @Nullable
    @Indexed
    Long getIssueId();

    void setIssueId(@Nullable Long issueId);

    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    // insights add a period up with a range scan on it
    @NotNull
    @Indexed
    Date getGivenAt();

    void setGivenAt(Date givenAt);

    /** The giver's ISO week, such as {@code 2026-W48}, for counting the slots used. */
    @NotNull
    String getWeek();

    void setWeek(String week);

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getSlot();

    void setSlot(String slot);

    @NotNull
    String getClientRequestId();

    void setClientRequestId(String clientRequestId);

    @NotNull
    @Unique
    @StringLength(StringLength.MAX_LENGTH)
    String getRequestKey();

    void setRequestKey(String requestKey);

    @Nullable
    String getHiddenBy();

    void setHiddenBy(@Nullable String hiddenBy);

    @Nullable
    @StringLength(StringLength.UNLIMITED)
    String getHiddenReason();

    void setHiddenReason(@Nullable String hiddenReason);

    @Nullable
    Date getHiddenAt();

    void setHiddenAt(@Nullable Date hiddenAt);
}
