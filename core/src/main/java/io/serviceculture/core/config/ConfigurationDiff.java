package io.serviceculture.core.config;

import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.standards.calendar.BusinessCalendar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What importing a document would change, section by section, in a fixed order: calendars, standards, values,
 * teams, team leads, settings. Entries are named as an admin knows them (a standard by its latest name).
 */
public record ConfigurationDiff(List<SectionDiff> sections) {
    public static final String CALENDARS = "calendars";
    public static final String STANDARDS = "standards";
    public static final String VALUES = "values";
    public static final String TEAMS = "teams";
    public static final String TEAM_LEADS = "teamLeads";
    public static final String SETTINGS = "settings";

    public ConfigurationDiff {
        sections = List.copyOf(sections);
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(SectionDiff::isEmpty);
    }

    public SectionDiff section(String name) {
        return sections.stream()
                .filter(section -> section.section().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + name));
    }

    public static ConfigurationDiff between(AppConfiguration current, AppConfiguration incoming) {
        List<SectionDiff> sections = new ArrayList<>();
        sections.add(byKey(
                CALENDARS,
                current.calendars(),
                incoming.calendars(),
                calendar -> calendar.id().value(),
                BusinessCalendar::name));
        sections.add(byKey(
                STANDARDS,
                current.standards(),
                incoming.standards(),
                standard -> standard.id().value(),
                standard -> standard.latest().name()));
        sections.add(values(current.values(), incoming.values()));
        sections.add(byKey(
                TEAMS,
                List.copyOf(current.teams().teams()),
                List.copyOf(incoming.teams().teams()),
                TeamKey::groupName,
                TeamKey::groupName));
        sections.add(byKey(
                TEAM_LEADS,
                List.copyOf(current.teams().leads().entrySet()),
                List.copyOf(incoming.teams().leads().entrySet()),
                entry -> entry.getKey().groupName(),
                entry -> entry.getKey().groupName()));
        sections.add(settings(current, incoming));
        return new ConfigurationDiff(sections);
    }

    /** Values are never deleted, since kudos name them: one missing from the document is retired. */
    private static SectionDiff values(List<CompanyValue> current, List<CompanyValue> incoming) {
        List<CompanyValue> stillActive =
                current.stream().filter(CompanyValue::active).toList();
        SectionDiff diff = byKey(VALUES, current, incoming, CompanyValue::id, CompanyValue::name);
        List<String> removed = new ArrayList<>();
        Set<String> incomingIds =
                new TreeSet<>(incoming.stream().map(CompanyValue::id).toList());
        for (CompanyValue value : stillActive) {
            if (!incomingIds.contains(value.id())) {
                removed.add(value.name());
            }
        }
        List<String> changed = new ArrayList<>(diff.changed());
        // the same values in another order is a change people see in the give dialog
        List<String> currentOrder = current.stream()
                .map(CompanyValue::id)
                .filter(incomingIds::contains)
                .toList();
        List<String> incomingOrder = incoming.stream()
                .map(CompanyValue::id)
                .filter(currentOrder::contains)
                .toList();
        if (changed.isEmpty() && !currentOrder.equals(incomingOrder)) {
            changed.addAll(incoming.stream()
                    .filter(value -> currentOrder.contains(value.id()))
                    .map(CompanyValue::name)
                    .toList());
        }
        return new SectionDiff(VALUES, diff.added(), changed, removed);
    }

    private static SectionDiff settings(AppConfiguration current, AppConfiguration incoming) {
        Map<String, Object> before = settingsOf(current);
        Map<String, Object> after = settingsOf(incoming);
        List<String> changed = new ArrayList<>();
        before.forEach((name, value) -> {
            if (!Objects.equals(value, after.get(name))) {
                changed.add(name);
            }
        });
        return new SectionDiff(SETTINGS, List.of(), changed, List.of());
    }

    private static Map<String, Object> settingsOf(AppConfiguration configuration) {
        Map<String, Object> settings = new LinkedHashMap<>();
        AppSwitches switches = configuration.switches();
        for (Feature feature : Feature.values()) {
            settings.put("features." + feature.id(), !switches.featuresOff().contains(feature));
        }
        settings.put("people.hrGroup", configuration.teams().hrGroup());
        settings.put("people.restrictPersonFigures", switches.personFiguresRestricted());
        settings.put("kudos.weeklyAllowance", switches.kudos().weeklyAllowance());
        settings.put("kudos.leaderboards", switches.leaderboards());
        settings.put("reports.privateText", switches.reportsPrivateText());
        settings.put("retention.months", switches.retention().months());
        AccountabilitySettings accountability = configuration.accountability();
        settings.put("accountability.weights", accountability.weights());
        settings.put(
                "accountability.reopenWindowDays", accountability.reopenWindow().toDays());
        settings.put("accountability.lowConfidenceBelow", accountability.lowConfidenceBelow());
        return settings;
    }

    private static <T> SectionDiff byKey(
            String section, List<T> current, List<T> incoming, Function<T, String> key, Function<T, String> name) {
        Map<String, T> before = new LinkedHashMap<>();
        current.forEach(item -> before.put(key.apply(item), item));
        Map<String, T> after = new LinkedHashMap<>();
        incoming.forEach(item -> after.put(key.apply(item), item));
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        after.forEach((id, item) -> {
            T old = before.get(id);
            if (old == null) {
                added.add(name.apply(item));
            } else if (!old.equals(item)) {
                changed.add(name.apply(item));
            }
        });
        before.forEach((id, item) -> {
            if (!after.containsKey(id)) {
                removed.add(name.apply(item));
            }
        });
        return new SectionDiff(section, added, changed, removed);
    }
}
