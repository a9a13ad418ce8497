package io.serviceculture.core.standards;

import java.time.Instant;
import java.util.List;

/**
 * What a draft version would have made of a past period: attainment of the cycles that stopped in {@code [from,
 * to)} before (the standard as it is) and after (the draft in force throughout), overall and per metric, and one
 * page of the cycles whose outcome changes, by issue id.
 *
 * @param issuesExamined every issue looked at, whether a standard covered it or not
 * @param changedTotal how many changes there are in all pages; only those on issues the viewer may browse count
 */
public record WhatIfPreview(
        StandardId standard,
        Instant from,
        Instant to,
        int issuesExamined,
        Attainment before,
        Attainment after,
        List<MetricAttainment> byMetric,
        int changedTotal,
        int offset,
        List<WhatIfChange> changes) {

    public WhatIfPreview {
        byMetric = List.copyOf(byMetric);
        changes = List.copyOf(changes);
    }

    /** Attainment of one metric before and after. */
    public record MetricAttainment(String metricKey, String metricName, Attainment before, Attainment after) {}
}
