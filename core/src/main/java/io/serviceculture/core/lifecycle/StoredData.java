package io.serviceculture.core.lifecycle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of rows the app stores about issues and people, as Jira's anonymisation preview lists them: each kind
 * is counted, described by its i18n key and processed as one step.
 */
public enum StoredData {
    KUDOS_GIVEN,
    KUDOS_RECEIVED,
    KUDOS_REACTIONS,
    KUDOS_MODERATION,
    KUDOS_PREFERENCES,
    KUDOS_ISSUE_LINKS,
    COMMITMENTS,
    COMMITMENT_CHECK_INS,
    COMMITMENT_HISTORY,
    SERVICE_RATINGS,
    SLA_CYCLES,
    SLA_CLOCKS,
    SLA_ALERTS,
    ACCOUNTABILITY,
    TEAMS,
    REPORTING_LINES;

    /** The kinds that name people by user key, in the order they are rewritten. */
    public static Set<StoredData> personal() {
        return EnumSet.of(
                KUDOS_GIVEN,
                KUDOS_RECEIVED,
                KUDOS_REACTIONS,
                KUDOS_MODERATION,
                KUDOS_PREFERENCES,
                COMMITMENTS,
                COMMITMENT_CHECK_INS,
                COMMITMENT_HISTORY,
                SERVICE_RATINGS,
                SLA_CYCLES,
                ACCOUNTABILITY,
                TEAMS,
                REPORTING_LINES);
    }

    /** e.g. {@code service-culture.lifecycle.data.kudos-given}. */
    public String i18nKey() {
        return "service-culture.lifecycle.data."
                + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
