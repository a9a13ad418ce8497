package io.serviceculture.core.kudos;

/**
 * The admin's leaderboard switch, off until turned on. Apart from {@link LoadKudosSettingsPort} so that giving
 * kudos, which needs only the allowance, reads one setting, not two.
 */
public interface LeaderboardSwitchPort {
    boolean leaderboardsOn();
}
