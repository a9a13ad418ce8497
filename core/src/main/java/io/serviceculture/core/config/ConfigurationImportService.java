package io.serviceculture.core.config;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.standards.Metric;
import io.serviceculture.core.standards.ServiceStandard;
import io.serviceculture.core.standards.StandardVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moves a set-up from one Jira to another: a preview says what an import would change without changing
 * anything, and apply replaces the whole configuration at once. Both check the document against the rules that
 * span sections, and report every broken rule with the JSON path of what breaks it.
 */
public final class ConfigurationImportService {
    static final String DUPLICATE = "service-culture.config.error.duplicate";
    static final String UNKNOWN_CALENDAR = "service-culture.config.error.unknown-calendar";
    static final String STANDARD_REMOVED = "service-culture.config.error.standard-removed";
    static final String VERSION_CHANGED = "service-culture.config.error.version-changed";
    static final String LEAD_NOT_TEAM = "service-culture.config.error.lead-not-team";
    static final String NO_VALUE = "service-culture.config.error.no-active-value";

    private final ConfigurationPort configuration;
    private final ConfigurationAuditPort audit;

    public ConfigurationImportService(ConfigurationPort configuration, ConfigurationAuditPort audit) {
        this.configuration = configuration;
        this.audit = audit;
    }

    public AppConfiguration export() {
        return configuration.current();
    }

    /** What applying the document would change; changes nothing. */
    public ConfigurationDiff preview(AppConfiguration incoming) {
        AppConfiguration current = configuration.current();
        check(current, incoming);
        return ConfigurationDiff.between(current, incoming);
    }

    /** Replaces the configuration with the document, all or nothing, and audits what changed. */
    public ConfigurationDiff apply(UserKey actor, AppConfiguration incoming) {
        AppConfiguration current = configuration.current();
        check(current, incoming);
        ConfigurationDiff diff = ConfigurationDiff.between(current, incoming);
        configuration.replace(incoming);
        audit.imported(actor, diff);
        return diff;
    }

    private static void check(AppConfiguration current, AppConfiguration incoming) {
        List<InvalidInputException> problems = new ArrayList<>();
        Set<String> calendars =
                unique(incoming.calendars().stream().map(c -> c.id().value()).toList(), "$.calendars", problems);
        unique(incoming.standards().stream().map(s -> s.id().value()).toList(), "$.standards", problems);
        unique(incoming.values().stream().map(CompanyValue::id).toList(), "$.values", problems);
        checkCalendarsExist(incoming.standards(), calendars, problems);
        checkHistoryKept(current.standards(), incoming.standards(), problems);
        if (incoming.values().stream().noneMatch(CompanyValue::active)) {
            problems.add(InvalidInputException.onField("$.values", NO_VALUE));
        }
        for (Map.Entry<TeamKey, Set<UserKey>> leads : incoming.teams().leads().entrySet()) {
            if (!incoming.teams().teams().contains(leads.getKey())) {
                problems.add(InvalidInputException.onField(
                        "$.teams.leads." + leads.getKey().groupName(),
                        LEAD_NOT_TEAM,
                        leads.getKey().groupName()));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.all(problems);
        }
    }

    private static Set<String> unique(List<String> ids, String path, List<InvalidInputException> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(InvalidInputException.onField(path + "[" + i + "].id", DUPLICATE, ids.get(i)));
            }
        }
        return seen;
    }

    private static void checkCalendarsExist(
            List<ServiceStandard> standards, Set<String> calendars, List<InvalidInputException> problems) {
        for (int s = 0; s < standards.size(); s++) {
            List<StandardVersion> versions = standards.get(s).versions();
            for (int v = 0; v < versions.size(); v++) {
                List<Metric> metrics = versions.get(v).metrics();
                for (int m = 0; m < metrics.size(); m++) {
                    String calendar = metrics.get(m).calendar().value();
                    if (!calendars.contains(calendar)) {
                        problems.add(InvalidInputException.onField(
                                "$.standards[" + s + "].versions[" + v + "].metrics[" + m + "].calendar",
                                UNKNOWN_CALENDAR,
                                calendar));
                    }
                }
            }
        }
    }

    /**
     * Recorded cycles name the standard version that produced them, so an import may add standards and versions
     * but neither drop a standard nor rewrite a version this Jira already has.
     */
    private static void checkHistoryKept(
            List<ServiceStandard> current, List<ServiceStandard> incoming, List<InvalidInputException> problems) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < incoming.size(); i++) {
            positions.put(incoming.get(i).id().value(), i);
        }
        for (ServiceStandard existing : current) {
            Optional<Integer> position =
                    Optional.ofNullable(positions.get(existing.id().value()));
            if (position.isEmpty()) {
                problems.add(InvalidInputException.onField(
                        "$.standards", STANDARD_REMOVED, existing.id().value()));
                continue;
            }
            List<StandardVersion> replacing = incoming.get(position.get()).versions();
            for (int v = 0; v < existing.versions().size(); v++) {
                StandardVersion version = existing.versions().get(v);
                if (v >= replacing.size() || !replacing.get(v).equals(version)) {
                    problems.add(InvalidInputException.onField(
                            "$.standards[" + position.get() + "].versions[" + v + "]",
                            VERSION_CHANGED,
                            existing.id().value(),
                            version.number()));
                }
            }
        }
    }
}
