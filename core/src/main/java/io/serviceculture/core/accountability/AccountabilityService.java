package io.serviceculture.core.accountability;

import io.serviceculture.core.common.ConflictException;
import io.serviceculture.core.common.NotFoundException;
import io.serviceculture.core.common.PermissionDeniedException;
import io.serviceculture.core.issues.IssueEvent;
import io.serviceculture.core.issues.IssueHistoryPort;
import io.serviceculture.core.issues.IssueTimeline;
import io.serviceculture.core.issues.IssueVisibilityPort;
import io.serviceculture.core.people.LoadMembershipPort;
import io.serviceculture.core.people.TeamHistory;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * The accountability use cases over stored facts: keeping one issue's facts current after an event, rebuilding
 * every issue's from history, the figures (matrix, drill-down, chains, trends) and the client's service rating.
 * Every figure is a sum of the stored contributions, so it is the same on every node and adds up per issue.
 */
public final class AccountabilityService {
    /** How long after first rating an issue its reporter may still change the rating. */
    public static final Duration RATING_EDIT_WINDOW = Duration.ofDays(7);
    /** How many issues a rebuild reads, analyses and writes at once. */
    public static final int REBUILD_PAGE = 1_000;

    private final IssueHistoryPort history;
    private final LoadMembershipPort memberships;
    private final AttainmentPort attainment;
    private final RatingStorePort ratings;
    private final AccountabilityStorePort store;
    private final AccountabilitySettingsPort settings;
    private final IssueVisibilityPort visibility;
    private final Clock clock;

    public AccountabilityService(
            IssueHistoryPort history,
            LoadMembershipPort memberships,
            AttainmentPort attainment,
            RatingStorePort ratings,
            AccountabilityStorePort store,
            AccountabilitySettingsPort settings,
            IssueVisibilityPort visibility,
            Clock clock) {
        this.history = history;
        this.memberships = memberships;
        this.attainment = attainment;
        this.ratings = ratings;
        this.store = store;
        this.settings = settings;
        this.visibility = visibility;
        this.clock = clock;
    }

    /**
     * Recomputes one issue's facts from its whole timeline, with the team history of the people in it, and
     * stores them; forgets an issue that no longer exists. Idempotent, so a missed event is caught up by the next.
     */
    public Optional<IssueAccountability> refresh(long issueId) {
        Optional<IssueTimeline> timeline = history.timeline(issueId);
        if (timeline.isEmpty()) {
            store.remove(issueId);
            return Optional.empty();
        }
        Set<UserKey> people = peopleOf(timeline.get());
        TeamHistory teams = TeamHistory.of(memberships.periodsOfUsers(people), memberships.primaryTeams());
        IssueAccountabilityAnalyser analyser =
                new IssueAccountabilityAnalyser(settings.load().reopenWindow());
        IssueAccountability facts = analyser.analyse(inputOf(timeline.get()), teams);
        store.save(facts, people);
        return Optional.of(facts);
    }

    /** Refreshes each issue in turn; returns how many were refreshed. */
    public int refreshAll(Iterable<Long> issueIds) {
        int refreshed = 0;
        for (long issueId : issueIds) {
            refresh(issueId);
            refreshed++;
        }
        return refreshed;
    }

    /**
     * Recomputes every issue's facts from history with the whole team history loaded once, and forgets stored
     * issues that are gone. Works in pages of {@link #REBUILD_PAGE} issues: each page's attainments and ratings
     * are read at once, analysed in memory and written with one {@link AccountabilityStorePort#replaceAll}, so
     * the app's own reads and writes are a few statements per page, not several per issue. Running it again, or
     * again after it stopped midway, gives the same facts.
     *
     * @param progressed told after each page how many issues are done
     * @return how many issues were analysed
     */
    public int rebuild(List<Long> issueIds, IntConsumer progressed) {
        return rebuild(issueIds, REBUILD_PAGE, progressed);
    }

    /** {@link #rebuild(List, IntConsumer)} in pages of the given size. */
    public int rebuild(List<Long> issueIds, int pageSize, IntConsumer progressed) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one issue, got " + pageSize);
        }
        TeamHistory teams = TeamHistory.load(memberships);
        IssueAccountabilityAnalyser analyser =
                new IssueAccountabilityAnalyser(settings.load().reopenWindow());
        Set<Long> stale = new HashSet<>(store.storedIssueIds());
        int done = 0;
        for (int from = 0; from < issueIds.size(); from += pageSize) {
            List<Long> page = issueIds.subList(from, Math.min(issueIds.size(), from + pageSize));
            store.replaceAll(page, analysed(page, analyser, teams));
            page.forEach(stale::remove);
            done += page.size();
            progressed.accept(done);
        }
        List<Long> gone = List.copyOf(stale);
        for (int from = 0; from < gone.size(); from += pageSize) {
            store.replaceAll(gone.subList(from, Math.min(gone.size(), from + pageSize)), List.of());
        }
        return done;
    }

    private List<StoredFacts> analysed(List<Long> page, IssueAccountabilityAnalyser analyser, TeamHistory teams) {
        Map<Long, StandardAttainment> attained = attainment.attainments(page);
        Map<Long, ServiceRating> rated = ratings.findAll(page);
        List<StoredFacts> analysed = new ArrayList<>(page.size());
        for (long issueId : page) {
            Optional<IssueTimeline> timeline = history.timeline(issueId);
            if (timeline.isEmpty()) {
                continue;
            }
            ServiceRating rating = rated.get(issueId);
            AccountabilityInput input = new AccountabilityInput(
                    timeline.get(),
                    Optional.ofNullable(attained.get(issueId)),
                    rating == null ? OptionalInt.empty() : OptionalInt.of(rating.stars()));
            analysed.add(new StoredFacts(analyser.analyse(input, teams), peopleOf(timeline.get())));
        }
        return analysed;
    }

    private AccountabilityInput inputOf(IssueTimeline timeline) {
        OptionalInt stars = ratings.find(timeline.issueId())
                .map(r -> OptionalInt.of(r.stars()))
                .orElse(OptionalInt.empty());
        return new AccountabilityInput(timeline, attainment.attainment(timeline.issueId()), stars);
    }

    private static Set<UserKey> peopleOf(IssueTimeline timeline) {
        Set<UserKey> people = new TreeSet<>();
        timeline.reporter().ifPresent(people::add);
        timeline.initialAssignee().ifPresent(people::add);
        for (IssueEvent.AssigneeChanged change : timeline.eventsOf(IssueEvent.AssigneeChanged.class)) {
            change.from().ifPresent(people::add);
            change.to().ifPresent(people::add);
        }
        return people;
    }

    public AccountabilitySettings settings() {
        return settings.load();
    }

    /**
     * Saves new settings. New weights and threshold apply to the next query at once; a new reopen window changes
     * past facts, so the caller must rebuild.
     *
     * @return whether the stored facts need a rebuild
     */
    public boolean updateSettings(AccountabilitySettings updated) {
        boolean windowChanged = !updated.reopenWindow().equals(settings.load().reopenWindow());
        settings.save(updated);
        return windowChanged;
    }

    public ScoreMatrix matrix(Interval period) {
        return Figures.matrixOfTotals(period, store.cellTotals(period), settings.load());
    }

    /**
     * One cell as the viewer may see it: the issues they may browse, each with its contribution, the others
     * only as one sum, so the figures add up without naming an issue the viewer cannot see.
     */
    public CellDrillDown.VisibleDrillDown drillDown(
            UserKey viewer, TeamKey provider, Optional<TeamKey> client, Interval period) {
        return Figures.drillDown(provider, client, store.contributions(period, Optional.of(provider)), settings.load())
                .visibleTo(viewer, visibility);
    }

    public List<HandOffChain> handOffChains(Interval period, int limit) {
        return Figures.chains(store.handedOffChains(period), limit);
    }

    public List<TrendPoint> trend(TeamKey provider, Granularity granularity, ZoneId zone, Interval period) {
        return Figures.trend(
                provider,
                granularity,
                zone,
                period,
                store.contributions(period, Optional.of(provider)),
                settings.load());
    }

    /** The issue's rating, to the reporter who gave it; nobody else sees a client's rating of one issue. */
    public Optional<ServiceRating> rating(UserKey viewer, long issueId) {
        return ratings.find(issueId).filter(r -> r.rater().equals(viewer));
    }

    /** Whether the viewer may rate the issue now: they reported it, it is resolved, and they have not yet. */
    public boolean mayRate(UserKey viewer, long issueId) {
        Optional<IssueTimeline> timeline = history.timeline(issueId);
        return timeline.isPresent()
                && visibility.canBrowse(viewer, issueId)
                && timeline.get().reporter().equals(Optional.of(viewer))
                && isResolved(timeline.get());
    }

    /**
     * The reporter rates the service the issue got, once it is resolved. The first rating is final after
     * {@link #RATING_EDIT_WINDOW}; until then a new one replaces it.
     */
    public RatingResult rate(UserKey rater, long issueId, int stars, String comment) {
        IssueTimeline timeline = history.timeline(issueId)
                .filter(t -> visibility.canBrowse(rater, issueId))
                .orElseThrow(() -> new NotFoundException("service-culture.accountability.rating.error.issue"));
        if (!timeline.reporter().equals(Optional.of(rater))) {
            throw new PermissionDeniedException("service-culture.accountability.rating.error.not-reporter");
        }
        if (!isResolved(timeline)) {
            throw new ConflictException("service-culture.accountability.rating.error.not-resolved");
        }
        // to the millisecond, as Jira's database keeps it, so what is answered is what is read back later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ServiceRating fresh = new ServiceRating(issueId, rater, stars, comment, now, now);
        RatingResult result;
        if (ratings.insert(fresh)) {
            result = new RatingResult(fresh, true);
        } else {
            ServiceRating existing = ratings.find(issueId).orElseThrow();
            if (now.isAfter(existing.created().plus(RATING_EDIT_WINDOW))) {
                throw new ConflictException(
                        "service-culture.accountability.rating.error.final", RATING_EDIT_WINDOW.toDays());
            }
            ServiceRating edited = new ServiceRating(issueId, rater, stars, comment, existing.created(), now);
            ratings.update(edited);
            result = new RatingResult(edited, false);
        }
        refresh(issueId);
        return result;
    }

    /** A stored rating, and whether this call gave it first or changed it. */
    public record RatingResult(ServiceRating rating, boolean created) {}

    /** Resolved now: the last resolution change set one. */
    static boolean isResolved(IssueTimeline timeline) {
        boolean resolved = false;
        for (IssueEvent event : timeline.events()) {
            if (event instanceof IssueEvent.ResolutionSet) {
                resolved = true;
            } else if (event instanceof IssueEvent.ResolutionCleared) {
                resolved = false;
            }
        }
        return resolved;
    }
}
