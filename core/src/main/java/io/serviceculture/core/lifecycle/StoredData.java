package io.serviceculture.core.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of rows the app stores about issues and people, as Jira's anonymisation preview lists them: each kind
 * is counted, described by its i18n key and processed as one step.
 */
public enum StoredData {
    KUDOS_GIVEN("service-culture.lifecycle.data.kudos-given"),
    KUDOS_RECEIVED("service-culture.lifecycle.data.kudos-received"),
    KUDOS_REACTIONS("service-culture.lifecycle.data.kudos-reactions"),
    KUDOS_MODERATION("service-culture.lifecycle.data.kudos-moderation"),
    KUDOS_PREFERENCES("service-culture.lifecycle.data.kudos-preferences"),
    KUDOS_ISSUE_LINKS("service-culture.lifecycle.data.kudos-issue-links"),
    COMMITMENTS("service-culture.lifecycle.data.commitments"),
    COMMITMENT_CHECK_INS("service-culture.lifecycle.data.commitment-check-ins"),
    COMMITMENT_HISTORY("service-culture.lifecycle.data.commitment-history"),
    SERVICE_RATINGS("service-culture.lifecycle.data.service-ratings"),
    SLA_CYCLES("service-culture.lifecycle.data.sla-cycles"),
    SLA_CLOCKS("service-culture.lifecycle.data.sla-clocks"),
    SLA_ALERTS("service-culture.lifecycle.data.sla-alerts"),
    ACCOUNTABILITY("service-culture.lifecycle.data.accountability"),
    TEAMS("service-culture.lifecycle.data.teams"),
    REPORTING_LINES("service-culture.lifecycle.data.reporting-lines");

    private final String i18nKey;

    StoredData(String i18nKey) {
        this.i18nKey = i18nKey;
    }

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

    /** What Jira's anonymisation preview calls rows of this kind. */
    public String i18nKey() {
        return i18nKey;
    }
}
