package io.serviceculture.plugin.accountability.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.serviceculture.core.accountability.AccountabilityService;
import io.serviceculture.core.accountability.AccountabilitySettings;
import io.serviceculture.core.accountability.Granularity;
import io.serviceculture.core.accountability.OwnedTimeService;
import io.serviceculture.core.accountability.ScoreMatrix;
import io.serviceculture.core.accountability.ScoreWeights;
import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.people.Feature;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.plugin.accountability.AccountabilityRebuild;
import io.serviceculture.plugin.accountability.AccountabilityUseCases;
import io.serviceculture.plugin.accountability.OwnedTimeUseCases;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.ChainsJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.DrillDownJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.MatrixJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeDrillDownJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.OwnedTimeMatrixJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.RebuildJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.SettingsJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.TrendJson;
import io.serviceculture.plugin.accountability.rest.AccountabilityJson.WeightsJson;
import io.serviceculture.plugin.people.FeatureGuard;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.PeopleAudit;
import io.serviceculture.plugin.rest.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.jspecify.annotations.Nullable;

/**
 * The accountability figures: matrix, CSV, drill-down, hand-off chains and trends for any licensed user (teams'
 * figures; a drill-down names only the issues the caller may browse), and the admin's settings and rebuild.
 * Unannotated methods are licensed-only under REST v2; the admin methods are {@code @AdminOnly} and checked
 * again here.
 */
@Path("/accountability")
@Produces(MediaType.APPLICATION_JSON)
public class AccountabilityResource {
    static final int DEFAULT_CHAINS = 10;
    static final int MAX_CHAINS = 100;
    static final String ADMIN_ONLY = "service-culture.accountability.error.admin-only";
    static final List<String> CSV_HEADERS = List.of(
            "service-culture.accountability.csv.provider",
            "service-culture.accountability.csv.client",
            "service-culture.accountability.csv.score",
            "service-culture.accountability.csv.issues",
            "service-culture.accountability.csv.low-confidence",
            "service-culture.accountability.csv.attainment-met",
            "service-culture.accountability.csv.attainment-completed",
            "service-culture.accountability.csv.ownership-owned",
            "service-culture.accountability.csv.ownership-resolved",
            "service-culture.accountability.csv.reopens-reopened",
            "service-culture.accountability.csv.reopens-resolutions",
            "service-culture.accountability.csv.rating-points",
            "service-culture.accountability.csv.rating-possible");

    private final AccountabilityService service;
    private final OwnedTimeService ownedTime;
    private final AccountabilityRebuild rebuild;
    private final CurrentUser currentUser;
    private final JiraDirectory directory;
    private final FeatureGuard guard;
    private final PeopleAudit audit;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public AccountabilityResource(
            AccountabilityUseCases useCases,
            OwnedTimeUseCases ownedTime,
            AccountabilityRebuild rebuild,
            CurrentUser currentUser,
            JiraDirectory directory,
            FeatureGuard guard,
            PeopleAudit audit,
            I18nResolver i18n) {
        this.service = useCases.service();
        this.ownedTime = ownedTime.service();
        this.rebuild = rebuild;
        this.currentUser = currentUser;
        this.directory = directory;
        this.guard = guard;
        this.audit = audit;
        this.i18n = i18n;
        this.clock = Clock.systemUTC();
    }

    @GET
    @Path("/matrix")
    public MatrixJson matrix(@QueryParam("from") @Nullable String from, @QueryParam("to") @Nullable String to) {
        Periods period = period(from, to);
        return AccountabilityJsonMapper.matrix(service.matrix(period.interval()), period.json());
    }

    /**
     * Always CSV, whatever the client accepts (a browser's download link, a script asking for JSON alike); errors
     * keep the JSON error shape.
     */
    @GET
    @Path("/matrix.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response matrixCsv(@QueryParam("from") @Nullable String from, @QueryParam("to") @Nullable String to) {
        Periods period = period(from, to);
        ScoreMatrix matrix = service.matrix(period.interval());
        List<String> headers = CSV_HEADERS.stream().map(i18n::getText).toList();
        String csv = MatrixCsv.write(matrix, headers, i18n.getText("service-culture.accountability.no-team"));
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"accountability-" + period.from() + "-" + period.to() + ".csv\"")
                .build();
    }

    @GET
    @Path("/drilldown")
    public DrillDownJson drillDown(
            @QueryParam("provider") @Nullable String provider,
            @QueryParam("client") @Nullable String client,
            @QueryParam("from") @Nullable String from,
            @QueryParam("to") @Nullable String to) {
        Periods period = period(from, to);
        UserKey viewer = currentUser.require();
        return AccountabilityJsonMapper.drillDown(
                service.drillDown(viewer, team("provider", provider), clientTeam(client), period.interval()),
                period.json());
    }

    /**
     * Each cell's owned time, apart from the matrix: it evaluates every issue's resolution clock of the period, so
     * the matrix itself stays a sum of stored rows.
     */
    @GET
    @Path("/owned-time")
    public OwnedTimeMatrixJson ownedTime(
            @QueryParam("from") @Nullable String from, @QueryParam("to") @Nullable String to) {
        Periods period = period(from, to);
        return AccountabilityJsonMapper.ownedTime(
                ownedTime.matrix(period.interval()).values(), period.json());
    }

    @GET
    @Path("/owned-time/drilldown")
    public OwnedTimeDrillDownJson ownedTimeDrillDown(
            @QueryParam("provider") @Nullable String provider,
            @QueryParam("client") @Nullable String client,
            @QueryParam("from") @Nullable String from,
            @QueryParam("to") @Nullable String to) {
        Periods period = period(from, to);
        UserKey viewer = currentUser.require();
        return AccountabilityJsonMapper.ownedTimeDrillDown(
                ownedTime.drillDown(viewer, team("provider", provider), clientTeam(client), period.interval()),
                period.json());
    }

    private static Optional<TeamKey> clientTeam(@Nullable String client) {
        return client == null || client.isBlank() ? Optional.empty() : Optional.of(TeamKey.of(client.strip()));
    }

    @GET
    @Path("/chains")
    public ChainsJson chains(
            @QueryParam("from") @Nullable String from,
            @QueryParam("to") @Nullable String to,
            @QueryParam("limit") @Nullable String limit) {
        Periods period = period(from, to);
        int max = number("limit", limit, DEFAULT_CHAINS, 1, MAX_CHAINS);
        return new ChainsJson(
                period.json(),
                service.handOffChains(period.interval(), max).stream()
                        .map(AccountabilityJsonMapper::chain)
                        .toList());
    }

    @GET
    @Path("/trends")
    public TrendJson trends(
            @QueryParam("team") @Nullable String team,
            @QueryParam("granularity") @Nullable String granularity,
            @QueryParam("from") @Nullable String from,
            @QueryParam("to") @Nullable String to) {
        Periods period = period(from, to);
        TeamKey provider = team("team", team);
        Granularity buckets = granularity(granularity);
        return new TrendJson(
                period.json(),
                provider.groupName(),
                buckets.name().toLowerCase(Locale.ROOT),
                service.trend(provider, buckets, period.zone(), period.interval()).stream()
                        .map(AccountabilityJsonMapper::point)
                        .toList());
    }

    @GET
    @AdminOnly
    @Path("/settings")
    public SettingsJson settings() {
        guard.require(Feature.ACCOUNTABILITY);
        requireAdmin();
        return settingsJson(service.settings());
    }

    /** Changes the settings; a new reopen window changes past facts, so it starts a rebuild. */
    @PUT
    @AdminOnly
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson updateSettings(@Nullable SettingsJson body) {
        guard.require(Feature.ACCOUNTABILITY);
        requireAdmin();
        if (body == null) {
            throw new InvalidInputException("service-culture.rest.error.body-missing");
        }
        AccountabilitySettings current = service.settings();
        ScoreWeights weights = current.weights();
        WeightsJson w = body.weights();
        if (w != null) {
            weights = new ScoreWeights(
                    w.attainment() == null ? weights.attainment() : w.attainment(),
                    w.ownership() == null ? weights.ownership() : w.ownership(),
                    w.reopens() == null ? weights.reopens() : w.reopens(),
                    w.rating() == null ? weights.rating() : w.rating());
        }
        Integer days = body.reopenWindowDays();
        if (days != null && days < 0) {
            throw InvalidInputException.onField(
                    "reopenWindowDays",
                    "service-culture.accountability.settings.error.reopen-window",
                    AccountabilitySettings.MAX_REOPEN_WINDOW.toDays());
        }
        AccountabilitySettings updated = new AccountabilitySettings(
                days == null ? current.reopenWindow() : Duration.ofDays(days),
                weights,
                body.lowConfidenceBelow() == null ? current.lowConfidenceBelow() : body.lowConfidenceBelow());
        boolean needsRebuild = service.updateSettings(updated);
        audit.record(
                "service-culture.audit.accountability.settings-changed",
                "accountability",
                updated.weights().attainment() + "/" + updated.weights().ownership() + "/"
                        + updated.weights().reopens() + "/" + updated.weights().rating() + ", "
                        + updated.reopenWindow().toDays() + "d, <" + updated.lowConfidenceBelow());
        if (needsRebuild) {
            rebuild.start();
        }
        return settingsJson(updated);
    }

    @GET
    @AdminOnly
    @Path("/rebuild")
    public RebuildJson rebuildStatus() {
        guard.require(Feature.ACCOUNTABILITY);
        requireAdmin();
        return AccountabilityJsonMapper.rebuild(rebuild.status());
    }

    /** Starts a rebuild from history, or reports the one already running: 202 either way. */
    @POST
    @AdminOnly
    @Path("/rebuild")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startRebuild() {
        guard.require(Feature.ACCOUNTABILITY);
        UserKey admin = requireAdmin();
        RebuildJson status = AccountabilityJsonMapper.rebuild(rebuild.start());
        audit.record("service-culture.audit.accountability.rebuild-started", admin.value(), "");
        return Response.accepted(status).build();
    }

    private SettingsJson settingsJson(AccountabilitySettings settings) {
        ScoreWeights w = settings.weights();
        return new SettingsJson(
                new WeightsJson(w.attainment(), w.ownership(), w.reopens(), w.rating()),
                (int) settings.reopenWindow().toDays(),
                settings.lowConfidenceBelow(),
                AccountabilityJsonMapper.rebuild(rebuild.status()));
    }

    private UserKey requireAdmin() {
        UserKey caller = currentUser.require();
        if (!currentUser.isAdmin(caller)) {
            throw new PermissionDeniedException(ADMIN_ONLY);
        }
        return caller;
    }

    /** Checks the switch, then reads the period in the caller's time zone. */
    private Periods period(@Nullable String from, @Nullable String to) {
        guard.require(Feature.ACCOUNTABILITY);
        UserKey viewer = currentUser.require();
        ZoneId zone = directory.findPerson(viewer).map(Person::timeZone).orElse(ZoneOffset.UTC);
        return Periods.parse(from, to, zone, clock);
    }

    private static TeamKey team(String field, @Nullable String name) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.onField(field, "service-culture.accountability.error.team-missing", field);
        }
        return TeamKey.of(name.strip());
    }

    private static Granularity granularity(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Granularity.WEEK;
        }
        try {
            return Granularity.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.onField("granularity", "service-culture.accountability.error.granularity");
        }
    }

    private static int number(String field, @Nullable String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw InvalidInputException.onField(field, "service-culture.rest.error.number.range", field, min, max);
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.onField(field, "service-culture.rest.error.number.invalid", field);
        }
    }
}
