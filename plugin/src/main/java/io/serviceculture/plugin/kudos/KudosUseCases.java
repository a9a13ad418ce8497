package io.serviceculture.plugin.kudos;

import io.serviceculture.core.kudos.GiveKudosCommand;
import io.serviceculture.core.kudos.GiveKudosService;
import io.serviceculture.core.kudos.GiveKudosUseCase;
import io.serviceculture.core.kudos.HideKudosCommand;
import io.serviceculture.core.kudos.HideKudosService;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosNotices;
import io.serviceculture.core.kudos.KudosNoticesService;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.KudosReader;
import io.serviceculture.core.kudos.LeaderboardEntry;
import io.serviceculture.core.kudos.LeaderboardService;
import io.serviceculture.core.kudos.ListKudosService;
import io.serviceculture.core.kudos.ListKudosUseCase;
import io.serviceculture.core.kudos.ReactToKudosService;
import io.serviceculture.core.kudos.Reaction;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.persistence.AoKudosPreferences;
import io.serviceculture.plugin.kudos.persistence.AoKudosStatistics;
import io.serviceculture.plugin.kudos.persistence.AoKudosStore;
import io.serviceculture.plugin.kudos.persistence.AoReactions;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import java.time.Clock;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The core's kudos use cases as one Spring bean. The core stays free of Spring annotations; this is where
 * its services meet their Jira adapters.
 */
@Named
public class KudosUseCases implements GiveKudosUseCase, ListKudosUseCase {
    private final GiveKudosUseCase give;
    private final ListKudosUseCase list;
    private final ReactToKudosService reactions;
    private final HideKudosService moderation;
    private final KudosNoticesService notices;
    private final LeaderboardService leaderboard;

    @Inject
    public KudosUseCases(
            AoKudosStore store,
            AoCompanyValues values,
            PluginSettingsKudosSettings settings,
            JiraDirectory directory,
            JiraIssueVisibility issueVisibility,
            AoReactions reactionStore,
            AoKudosPreferences preferences,
            AoKudosStatistics statistics,
            KudosEvents events) {
        Clock clock = Clock.systemUTC();
        this.give = new GiveKudosService(store, store, values, settings, directory, issueVisibility, clock, events);
        this.list = new ListKudosService(store);
        this.reactions = new ReactToKudosService(store, reactionStore, clock);
        this.moderation = new HideKudosService(store, store, events, clock);
        this.notices = new KudosNoticesService(store, preferences);
        this.leaderboard = new LeaderboardService(statistics, preferences, settings, clock);
    }

    @Override
    public Kudos give(GiveKudosCommand command) {
        return give.give(command);
    }

    @Override
    public KudosPage list(KudosQuery query, KudosReader reader) {
        return list.list(query, reader);
    }

    public Reaction react(long kudosId, KudosReader reader) {
        return reactions.react(kudosId, reader);
    }

    public Reaction withdrawReaction(long kudosId, KudosReader reader) {
        return reactions.withdraw(kudosId, reader);
    }

    public Kudos hide(HideKudosCommand command, KudosReader moderator) {
        return moderation.hide(command, moderator);
    }

    public KudosNotices unseenNotices(UserKey person) {
        return notices.unseen(person);
    }

    public void dismissNotices(UserKey person, long upToKudosId) {
        notices.dismiss(person, upToKudosId);
    }

    public boolean leaderboardsOn() {
        return leaderboard.isOn();
    }

    public List<LeaderboardEntry> leaderboard(KudosReader reader) {
        return leaderboard.leaderboard(reader);
    }
}
