package io.serviceculture.plugin.people.rest;

import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.TeamLeads;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.PeopleSettings;
import io.serviceculture.plugin.people.persistence.AoManagers;
import io.serviceculture.plugin.people.rest.PeopleJson.PersonJson;
import io.serviceculture.plugin.people.rest.PeopleJson.TeamJson;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** The teams an admin marked, with their leads. Unannotated, so REST v2 lets any licensed user in. */
@Path("/teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {
    private final PeopleSettings settings;
    private final AoManagers managers;
    private final JiraDirectory directory;

    @Inject
    public TeamsResource(PeopleSettings settings, AoManagers managers, JiraDirectory directory) {
        this.settings = settings;
        this.managers = managers;
        this.directory = directory;
    }

    @GET
    public List<TeamJson> teams() {
        return teams(settings, managers, directory);
    }

    static List<TeamJson> teams(PeopleSettings settings, AoManagers managers, JiraDirectory directory) {
        TeamLeads leads = managers.teamLeads();
        return settings.teams().stream()
                .map(team -> new TeamJson(team.groupName(), leadsOf(leads, team, directory)))
                .toList();
    }

    private static List<PersonJson> leadsOf(TeamLeads leads, TeamKey team, JiraDirectory directory) {
        return leads.leadsByTeam().getOrDefault(team, Set.of()).stream()
                .sorted()
                .map(lead -> directory
                        .findPerson(lead)
                        .map(MeResource::toJson)
                        .orElseGet(() -> new PersonJson(lead.value(), lead.value(), lead.value())))
                .toList();
    }
}
