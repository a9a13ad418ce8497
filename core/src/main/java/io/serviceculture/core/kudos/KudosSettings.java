package io.serviceculture.core.kudos;

/** What an admin tunes about giving kudos. */
public record KudosSettings(int weeklyAllowance) {
    public static final int DEFAULT_WEEKLY_ALLOWANCE = 10;
    public static final int MAX_WEEKLY_ALLOWANCE = 100;

    public KudosSettings {
        if (weeklyAllowance < 1 || weeklyAllowance > MAX_WEEKLY_ALLOWANCE) {
            throw new IllegalArgumentException("weekly allowance must be 1.." + MAX_WEEKLY_ALLOWANCE);
        }
    }

    public static KudosSettings defaults() {
        return new KudosSettings(DEFAULT_WEEKLY_ALLOWANCE);
    }
}
