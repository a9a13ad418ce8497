package io.serviceculture.core.kudos;

/**
 * What an admin tunes about kudos.
 *
 * @param leaderboards whether the Recognition page ranks people; off unless an admin turns it on
 */
public record KudosSettings(int weeklyAllowance, boolean leaderboards) {
    public static final int DEFAULT_WEEKLY_ALLOWANCE = 10;
    public static final int MAX_WEEKLY_ALLOWANCE = 100;

    public KudosSettings {
        if (weeklyAllowance < 1 || weeklyAllowance > MAX_WEEKLY_ALLOWANCE) {
            throw new IllegalArgumentException("weekly allowance must be 1.." + MAX_WEEKLY_ALLOWANCE);
        }
    }

    public KudosSettings(int weeklyAllowance) {
        this(weeklyAllowance, false);
    }

    public static KudosSettings defaults() {
        return new KudosSettings(DEFAULT_WEEKLY_ALLOWANCE, false);
    }
}
