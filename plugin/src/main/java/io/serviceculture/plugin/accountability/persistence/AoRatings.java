package io.serviceculture.plugin.accountability.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.serviceculture.core.accountability.RatingStorePort;
import io.serviceculture.core.accountability.ServiceRating;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.persistence.UniqueViolations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Service ratings in {@code ACC_RATING}. The unique issue id decides which of two simultaneous first ratings
 * wins, on any node; the other caller is told the issue is rated already.
 */
@Named
public class AoRatings implements RatingStorePort {
    static final int IDS_PER_QUERY = 500;

    private final ActiveObjects ao;

    @Inject
    public AoRatings(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<ServiceRating> find(long issueId) {
        RatingAO[] rows = ao.find(RatingAO.class, RatingAO.COLUMN_ISSUE_ID + " = ?", issueId);
        return rows.length == 0 ? Optional.empty() : Optional.of(toRating(rows[0]));
    }

    /** One query per {@link #IDS_PER_QUERY} issues. */
    @Override
    public Map<Long, ServiceRating> findAll(Collection<Long> issueIds) {
        List<Long> ids = new ArrayList<>(issueIds);
        Map<Long, ServiceRating> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (RatingAO row :
                    ao.find(RatingAO.class, RatingAO.COLUMN_ISSUE_ID + " IN (" + in + ")", chunk.toArray())) {
                found.put(row.getIssueId(), toRating(row));
            }
        }
        return found;
    }

    @Override
    public boolean insert(ServiceRating rating) {
        if (ao.count(RatingAO.class, RatingAO.COLUMN_ISSUE_ID + " = ?", rating.issueId()) > 0) {
            return false;
        }
        try {
            ao.executeInTransaction(() -> ao.create(RatingAO.class, columns(rating)));
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void update(ServiceRating rating) {
        ao.executeInTransaction(() -> {
            for (RatingAO row : ao.find(RatingAO.class, RatingAO.COLUMN_ISSUE_ID + " = ?", rating.issueId())) {
                row.setStars(rating.stars());
                row.setRatingComment(rating.comment());
                row.setUpdatedAt(Date.from(rating.updated()));
                row.save();
            }
            return null;
        });
    }

    private static Map<String, Object> columns(ServiceRating rating) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(RatingAO.COLUMN_ISSUE_ID, rating.issueId());
        columns.put(RatingAO.COLUMN_RATER_KEY, rating.rater().value());
        columns.put(RatingAO.COLUMN_STARS, rating.stars());
        columns.put(RatingAO.COLUMN_RATING_COMMENT, rating.comment());
        columns.put(RatingAO.COLUMN_CREATED_AT, Date.from(rating.created()));
        columns.put(RatingAO.COLUMN_UPDATED_AT, Date.from(rating.updated()));
        return columns;
    }

    private static ServiceRating toRating(RatingAO row) {
        return new ServiceRating(
                row.getIssueId(),
                UserKey.of(row.getRaterKey()),
                row.getStars(),
                row.getRatingComment() == null ? "" : row.getRatingComment(),
                row.getCreatedAt().toInstant(),
                row.getUpdatedAt().toInstant());
    }
}
