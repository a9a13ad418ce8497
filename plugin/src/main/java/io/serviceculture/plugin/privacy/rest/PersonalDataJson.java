package io.serviceculture.plugin.privacy.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the app holds about one person, as they download it. People are named by user key (stable in Jira);
 * the person's own entry adds their user name and display name. Times are ISO instants.
 */
public record PersonalDataJson(
        int formatVersion,
        String exportedAt,
        PersonJson person,
        List<KudosJson> kudosGiven,
        List<KudosJson> kudosReceived,
        List<ReactionJson> reactions,
        PreferencesJson preferences,
        List<CommitmentJson> commitments,
        List<RatingJson> ratingsGiven,
        List<MembershipJson> teamMemberships,
        @Nullable String primaryTeam,
        @Nullable String manager,
        List<String> teamsLed,
        List<AuditJson> auditEntries) {

    public record PersonJson(String key, String userName, String displayName) {}

    /** @param hiddenAt set when HR or an admin hid the kudos; only kudos the person gave include hidden ones */
    public record KudosJson(
            long id,
            String giver,
            List<String> receivers,
            String value,
            String message,
            @Nullable Long issueId,
            String visibility,
            String givenAt,
            @Nullable String hiddenAt,
            @Nullable String hiddenReason,
            int reactions) {}

    public record ReactionJson(long kudosId, String at) {}

    /** @param noticesSeenUpTo the newest kudos id at which the person dismissed the "kudos received" notice */
    public record PreferencesJson(
            boolean leaderboardOptOut, boolean showCounts, long noticesSeenUpTo, List<String> mailTopicsOff) {}

    public record CheckInJson(String author, String at, String note, @Nullable Integer progress) {}

    public record SignOffJson(String by, String name, String at, int revision) {}

    public record CommitmentJson(
            long id,
            String periodKind,
            String periodStart,
            String periodEnd,
            String text,
            String target,
            String visibility,
            int revision,
            @Nullable SignOffJson signOff,
            List<CheckInJson> checkIns) {}

    public record RatingJson(long issueId, int stars, String comment, String createdAt, String updatedAt) {}

    public record MembershipJson(String team, String from, @Nullable String to) {}

    /** @param subject what the entry is about, such as {@code kudos:12} or {@code commitment:3} */
    public record AuditJson(String at, String action, String subject, String by, String detail) {}
}
