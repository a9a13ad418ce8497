package io.serviceculture.plugin.kudos.persistence.milestone1;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/** {@code KUDOS} in milestone 1: the moderation lives only in the three {@code HIDDEN_*} columns. */
@Table("KUDOS")
public interface KudosV1 extends Entity {
    @NotNull
    @Indexed
    String getGiverKey();

    void setGiverKey(String giverKey);

    @NotNull
    @Indexed
    String getValueId();

    void setValueId(String valueId);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @Nullable
    Long getIssueId();

    void setIssueId(@Nullable Long issueId);

    @NotNull
    String getVisibility();

    void setVisibility(String visibility);

    @NotNull
    Date getGivenAt();

    void setGivenAt(Date givenAt);

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
