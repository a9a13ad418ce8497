package io.serviceculture.plugin.accountability.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;
import org.jspecify.annotations.Nullable;

/** A client's service rating of an issue; {@code ISSUE_ID} is unique, so an issue is rated once on every node. */
@Table("ACC_RATING")
public interface RatingAO extends Entity {
    String COLUMN_ID = "ID";
    String COLUMN_ISSUE_ID = "ISSUE_ID";
    String COLUMN_RATER_KEY = "RATER_KEY";
    String COLUMN_STARS = "STARS";
    String COLUMN_RATING_COMMENT = "RATING_COMMENT";
    String COLUMN_CREATED_AT = "CREATED_AT";
    String COLUMN_UPDATED_AT = "UPDATED_AT";

    @Unique
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getRaterKey();

    void setRaterKey(String raterKey);

    int getStars();

    void setStars(int stars);

    @Nullable
    @StringLength(StringLength.UNLIMITED)
    String getRatingComment();

    void setRatingComment(@Nullable String ratingComment);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
