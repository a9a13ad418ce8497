package io.serviceculture.plugin.reports;

import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosReportService;
import io.serviceculture.core.reports.ReportNames;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.persistence.AoMembershipStore;
import io.serviceculture.plugin.reports.persistence.SqlKudosExport;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The core's report service over its Jira adapters, as one Spring bean, with what every report needs from Jira:
 * names for one report, and the reader's time zone (Jira's, per user).
 */
@Named
public class KudosReports {
    private final KudosReportService service;
    private final JiraDirectory directory;
    private final AoCompanyValues values;

    @Inject
    public KudosReports(
            SqlKudosExport store, AoMembershipStore memberships, JiraDirectory directory, AoCompanyValues values) {
        this.service = new KudosReportService(store, memberships);
        this.directory = directory;
        this.values = values;
    }

    public KudosReportService service() {
        return service;
    }

    /** A fresh cache of names, for one report. */
    public ReportNames names() {
        return new ReportNames(directory, values);
    }

    public ZoneId zoneOf(UserKey reader) {
        return directory.findPerson(reader).map(Person::timeZone).orElse(ZoneOffset.UTC);
    }
}
