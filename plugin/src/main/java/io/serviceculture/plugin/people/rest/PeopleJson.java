package io.serviceculture.plugin.people.rest;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the people resources. */
final class PeopleJson {
    private PeopleJson() {}

    /** A person as the API names them: user key, user name, display name. */
    record PersonJson(String key, String name, String displayName) {}

    /** {@code GET /people/me}: the caller's roles, current teams, primary team and manager. */
    record MeJson(
            PersonJson user,
            List<String> roles,
            List<String> teams,
            @Nullable String primaryTeam,
            @Nullable PersonJson manager,
            List<String> leads) {}

    /** A team: its group name and its leads. */
    record TeamJson(String name, List<PersonJson> leads) {}

    /** The admin's settings of the people directory. */
    record SettingsJson(
            List<TeamJson> teams, String hrGroup, Map<String, Boolean> features, boolean personFiguresRestricted) {}

    record GroupJson(@Nullable String group) {}

    record LeadsJson(@Nullable List<String> leads) {}

    record PrimaryTeamJson(@Nullable String user, @Nullable String team) {}

    record SwitchJson(@Nullable Boolean enabled) {}

    record RestrictionJson(@Nullable Boolean restricted) {}

    /** The reporting-line file, base64-encoded so the server checks its bytes are UTF-8. */
    record ReportingLinesJson(@Nullable String file) {}

    record ImportedJson(int lines) {}

    /** The one error shape, with the file's line added to each error of a refused import. */
    record ImportErrorsJson(List<Item> errors) {
        record Item(String key, String message, String field, int line) {}
    }
}
