package io.serviceculture.plugin.kudos;

import io.serviceculture.core.kudos.GiveKudosCommand;
import io.serviceculture.core.kudos.GiveKudosService;
import io.serviceculture.core.kudos.GiveKudosUseCase;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.kudos.KudosPage;
import io.serviceculture.core.kudos.KudosQuery;
import io.serviceculture.core.kudos.KudosReader;
import io.serviceculture.core.kudos.ListKudosService;
import io.serviceculture.core.kudos.ListKudosUseCase;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.kudos.persistence.AoKudosStore;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import java.time.Clock;
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

    @Inject
    public KudosUseCases(
            AoKudosStore store,
            AoCompanyValues values,
            PluginSettingsKudosSettings settings,
            JiraDirectory directory,
            JiraIssueVisibility issueVisibility) {
        this.give = new GiveKudosService(store, store, values, settings, directory, issueVisibility, Clock.systemUTC());
        this.list = new ListKudosService(store);
    }

    @Override
    public Kudos give(GiveKudosCommand command) {
        return give.give(command);
    }

    @Override
    public KudosPage list(KudosQuery query, KudosReader reader) {
        return list.list(query, reader);
    }
}
