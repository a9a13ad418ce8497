package io.serviceculture.plugin.reports.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosReportRow;
import io.serviceculture.core.reports.KudosReportService;
import io.serviceculture.core.reports.KudosSummaries;
import io.serviceculture.core.reports.ReportFilter;
import io.serviceculture.core.reports.ReportKind;
import io.serviceculture.core.reports.ReportNames;
import io.serviceculture.core.reports.ReportPage;
import io.serviceculture.plugin.reports.KudosReports;
import io.serviceculture.plugin.reports.ReportsAccess;
import io.serviceculture.plugin.reports.ReportsAudit;
import io.serviceculture.plugin.reports.ReportsSettings;
import io.serviceculture.plugin.reports.export.ReportFiles;
import io.serviceculture.plugin.reports.rest.ReportJson.CountJson;
import io.serviceculture.plugin.reports.rest.ReportJson.MonthJson;
import io.serviceculture.plugin.reports.rest.ReportJson.PersonJson;
import io.serviceculture.plugin.reports.rest.ReportJson.PreviewJson;
import io.serviceculture.plugin.reports.rest.ReportJson.SettingsJson;
import io.serviceculture.plugin.reports.rest.ReportJson.SummariesJson;
import io.serviceculture.plugin.reports.rest.ReportJson.TeamJson;
import io.serviceculture.plugin.reports.rest.ReportJson.ValueJson;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.jspecify.annotations.Nullable;

/**
 * HR's kudos reports. REST v2 lets licensed users in (no annotation); every method then lets only the HR group and
 * Jira admins through, on the server, after the kudos switch. Downloads are streamed: rows are read a page at a
 * time in key order and written as they are read; {@code GET /count} gives the detail's row count first, so that a
 * page can show progress; each download is audited.
 */
@Path("/reports/kudos")
@Produces(MediaType.APPLICATION_JSON)
public class KudosReportsResource {
    static final int DEFAULT_PREVIEW = 50;
    static final int MAX_PREVIEW = 500;
    static final int TOP_PEOPLE = 20;

    private final ReportsAccess access;
    private final KudosReports reports;
    private final FilterParams filters;
    private final ReportsSettings settings;
    private final ReportsAudit audit;
    private final I18nResolver i18n;

    @Inject
    public KudosReportsResource(
            ReportsAccess access,
            KudosReports reports,
            FilterParams filters,
            ReportsSettings settings,
            ReportsAudit audit,
            I18nResolver i18n) {
        this.access = access;
        this.reports = reports;
        this.filters = filters;
        this.settings = settings;
        this.audit = audit;
        this.i18n = i18n;
    }

    @GET
    @Path("/count")
    public CountJson count(@Context UriInfo uri) {
        UserKey reader = access.requireHr();
        ReportFilter filter = filters.read(uri.getQueryParameters());
        return new CountJson(
                reports.service().countDetailRows(filter, reports.zoneOf(reader), settings.privateTextAllowed()));
    }

    @GET
    @Path("/preview")
    public PreviewJson preview(@Context UriInfo uri) {
        UserKey reader = access.requireHr();
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        ReportFilter filter = filters.read(params);
        long after = FilterParams.number(params, "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) FilterParams.number(params, "limit", DEFAULT_PREVIEW, 1, MAX_PREVIEW);
        ZoneId zone = reports.zoneOf(reader);
        boolean privateText = settings.privateTextAllowed();
        ReportPage page = reports.service().preview(filter, zone, privateText, after, limit);
        KudosReportService.DetailCells cells = new KudosReportService.DetailCells(zone, reports.names());
        List<List<Object>> rows = new ArrayList<>();
        for (KudosReportRow row : page.rows()) {
            rows.add(cells.of(row));
        }
        return new PreviewJson(
                headers(KudosReportService.DETAIL_COLUMNS),
                rows,
                page.nextAfter().isPresent() ? page.nextAfter().getAsLong() : null,
                privateText);
    }

    @GET
    @Path("/summaries")
    public SummariesJson summaries(@Context UriInfo uri) {
        UserKey reader = access.requireHr();
        ReportFilter filter = filters.read(uri.getQueryParameters());
        KudosSummaries summaries = reports.service().summarise(filter, reports.zoneOf(reader));
        ReportNames names = reports.names();
        return new SummariesJson(
                summaries.kudos(),
                summaries.privateKudos(),
                summaries.rows(),
                summaries.people().size(),
                summaries.people().stream()
                        .limit(TOP_PEOPLE)
                        .map(p -> new PersonJson(
                                names.userName(p.person()), names.displayName(p.person()), p.received(), p.given()))
                        .toList(),
                summaries.teams().stream()
                        .map(t -> new TeamJson(t.team().map(names::teamName).orElse(""), t.received(), t.given()))
                        .toList(),
                summaries.values().stream()
                        .map(v -> new ValueJson(v.valueId(), names.valueName(v.valueId()), v.kudos()))
                        .toList(),
                summaries.months().stream()
                        .map(m -> new MonthJson(m.month().toString(), m.kudos()))
                        .toList());
    }

    /** {@code detail.csv}, {@code teams.xlsx}…; CSV takes {@code bom=true} for Excel. */
    @GET
    @Path("/export/{kind}.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json"})
    public Response export(
            @PathParam("kind") String kindId, @PathParam("format") String formatId, @Context UriInfo uri) {
        UserKey reader = access.requireHr();
        ReportKind kind = ReportKind.byId(kindId)
                .orElseThrow(() -> new NotFoundException("service-culture.reports.error.report.unknown", kindId));
        ReportFiles format = ReportFiles.byExtension(formatId)
                .orElseThrow(() -> new NotFoundException("service-culture.reports.error.report.unknown", formatId));
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        ReportFilter filter = filters.read(params);
        boolean bom = FilterParams.flag(params, "bom", false);
        ZoneId zone = reports.zoneOf(reader);
        boolean privateText = settings.privateTextAllowed();
        KudosReportService service = reports.service();
        String file = kind.id() + "." + format.extension();
        // audited when asked for, before the first byte; the count is GET /count's, so the file starts at once
        audit.exported(file, describe(params));
        ReportNames names = reports.names();
        StreamingOutput body = out -> format.write(
                out, kind, bom, i18n::getText, sink -> service.write(kind, filter, zone, privateText, names, sink));
        Response.ResponseBuilder response = Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"kudos-" + file + "\"")
                .header("Cache-Control", "no-store");
        return response.build();
    }

    @GET
    @Path("/settings")
    public SettingsJson settings() {
        access.requireHr();
        return new SettingsJson(settings.privateTextAllowed());
    }

    /** Whether reports may quote private kudos; Jira admins only. */
    @PUT
    @AdminOnly
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson changeSettings(@Nullable SettingsJson body) {
        access.requireHr();
        Boolean privateText = body == null ? null : body.privateText();
        if (privateText == null) {
            throw InvalidInputException.onField(
                    "privateText", "service-culture.reports.error.field-missing", "privateText");
        }
        settings.setPrivateTextAllowed(privateText);
        audit.privateTextSet(privateText);
        return new SettingsJson(privateText);
    }

    private List<String> headers(List<String> keys) {
        return keys.stream().map(i18n::getText).toList();
    }

    // the audit names the filter as asked, in a stable order
    private static String describe(MultivaluedMap<String, String> params) {
        Map<String, String> sorted = new TreeMap<>();
        for (String name : List.of("from", "to", "team", "value", "giver", "receiver", "visibility")) {
            String value = params.getFirst(name);
            if (value != null && !value.isBlank()) {
                sorted.put(name, value.strip());
            }
        }
        return sorted.isEmpty() ? "-" : sorted.toString();
    }
}
