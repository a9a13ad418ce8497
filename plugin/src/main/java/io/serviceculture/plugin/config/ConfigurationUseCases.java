package io.serviceculture.plugin.config;

import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.serviceculture.core.config.ConfigurationDiff;
import io.serviceculture.core.config.ConfigurationImportService;
import io.serviceculture.core.config.SectionDiff;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.config.persistence.AoConfigurationStore;
import io.serviceculture.plugin.config.rest.ConfigurationJsonMapper;
import io.serviceculture.plugin.people.PeopleAudit;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;

/** The configuration use cases wired to Jira: the store, the people a document names, and the audit log. */
@Named
public class ConfigurationUseCases {
    static final String AUDIT_IMPORTED = "service-culture.audit.config.imported";

    private final ConfigurationImportService service;
    private final ConfigurationJsonMapper.Directory directory;

    @Inject
    public ConfigurationUseCases(
            AoConfigurationStore store, PeopleAudit audit, UserManager users, GroupManager groups) {
        this.service = new ConfigurationImportService(
                store, (actor, diff) -> audit.record(AUDIT_IMPORTED, actor.value(), summary(diff)));
        this.directory = new ConfigurationJsonMapper.Directory() {
            @Override
            public boolean groupExists(String groupName) {
                return groups.groupExists(groupName);
            }

            @Override
            public Optional<UserKey> userByName(String userName) {
                return Optional.ofNullable(users.getUserByName(userName)).map(user -> UserKey.of(user.getKey()));
            }

            @Override
            public String nameOf(UserKey user) {
                return Optional.ofNullable(users.getUserByKey(user.value()))
                        .map(ApplicationUser::getName)
                        .orElse(user.value());
            }
        };
    }

    public ConfigurationImportService service() {
        return service;
    }

    public ConfigurationJsonMapper.Directory directory() {
        return directory;
    }

    /** One line per changed section, such as {@code standards +1 ~0 -0}, for the audit log's value column. */
    static String summary(ConfigurationDiff diff) {
        return diff.sections().stream()
                .filter(section -> !section.isEmpty())
                .map(ConfigurationUseCases::counts)
                .collect(Collectors.joining("; "));
    }

    private static String counts(SectionDiff section) {
        return section.section() + " +" + section.added().size() + " ~"
                + section.changed().size() + " -" + section.removed().size();
    }
}
