package io.serviceculture.plugin.standards.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.standards.IssueTeamClocks;
import io.serviceculture.core.standards.TeamClock;
import io.serviceculture.core.standards.TeamTime;
import io.serviceculture.plugin.standards.rest.TeamClocksJson.ClockJson;
import io.serviceculture.plugin.standards.rest.TeamClocksJson.TeamJson;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.jspecify.annotations.Nullable;

/** Team ownership clocks as JSON, durations and shares in the viewer's language. */
@Named
public class TeamClocksJsonMapper {
    private final I18nResolver i18n;

    @Inject
    public TeamClocksJsonMapper(I18nResolver i18n) {
        this.i18n = i18n;
    }

    public TeamClocksJson toJson(IssueTeamClocks clocks, ZoneId zone) {
        List<ClockJson> json = new ArrayList<>(clocks.clocks().size());
        for (TeamClock clock : clocks.clocks()) {
            List<TeamJson> teams = new ArrayList<>(clock.teams().size());
            for (TeamTime team : clock.teams()) {
                Integer share = percent(team.owned(), clock.counted());
                teams.add(new TeamJson(
                        team.team().groupName(),
                        team.owned().toMillis(),
                        duration(team.owned()),
                        share,
                        shareText(share)));
            }
            Integer unownedShare = percent(clock.unowned(), clock.counted());
            json.add(new ClockJson(
                    clock.standard().value(),
                    clock.standardName(),
                    clock.metricKey(),
                    clock.metricName(),
                    clock.counted().toMillis(),
                    duration(clock.counted()),
                    teams,
                    clock.unowned().toMillis(),
                    duration(clock.unowned()),
                    unownedShare,
                    shareText(unownedShare)));
        }
        return new TeamClocksJson(
                clocks.issueKey(), OffsetDateTime.ofInstant(clocks.now(), zone).toString(), json);
    }

    /** Rounded half up; none of nothing. */
    private static @Nullable Integer percent(Duration part, Duration whole) {
        if (whole.isZero()) {
            return null;
        }
        return (int) ((part.toMillis() * 200 + whole.toMillis()) / (whole.toMillis() * 2));
    }

    private String shareText(@Nullable Integer percent) {
        return percent == null
                ? text("service-culture.standards.teams.share.none")
                : text("service-culture.standards.teams.share", percent);
    }

    private String duration(Duration amount) {
        return text("service-culture.standards.clock.duration", amount.toHours(), amount.toMinutesPart());
    }

    private String text(String key, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return i18n.getText(key, values);
    }
}
