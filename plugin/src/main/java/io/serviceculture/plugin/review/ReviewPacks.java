package io.serviceculture.plugin.review;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.IssueContribution;
import io.serviceculture.core.commitments.MeasureKind;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.Measurement;
import io.serviceculture.core.commitments.MeasurementBasis;
import io.serviceculture.core.commitments.Target;
import io.serviceculture.core.kudos.Kudos;
import io.serviceculture.core.people.Person;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.review.ReviewPack;
import io.serviceculture.core.review.ReviewPackService;
import io.serviceculture.plugin.commitments.CommitmentUseCases;
import io.serviceculture.plugin.commitments.JiraCommitmentPeople;
import io.serviceculture.plugin.kudos.persistence.AoCompanyValues;
import io.serviceculture.plugin.people.JiraDirectory;
import io.serviceculture.plugin.people.JiraIssueVisibility;
import io.serviceculture.plugin.reports.persistence.SqlKudosExport;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
import io.serviceculture.plugin.review.ReviewLines.IssueHeadings;
import io.serviceculture.plugin.review.ReviewLines.IssueLine;
import io.serviceculture.plugin.review.ReviewLines.Line;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.inject.Inject;
import javax.inject.Named;
import org.jspecify.annotations.Nullable;

/**
 * The core's review packs over their Jira adapters: who may open one is decided by the core, per call; this class
 * adds names and turns a pack into the lines the page and the PDF print.
 */
@Named
public class ReviewPacks {
    private final ReviewPackService service;
    private final JiraCommitmentPeople people;
    private final CurrentUser currentUser;
    private final JiraDirectory directory;
    private final AoCompanyValues values;
    private final JiraIssueVisibility issues;

    @Inject
    public ReviewPacks(
            CommitmentUseCases commitments,
            JiraCommitmentPeople people,
            SqlKudosExport kudos,
            CurrentUser currentUser,
            JiraDirectory directory,
            AoCompanyValues values,
            JiraIssueVisibility issues) {
        this.service = new ReviewPackService(commitments.service(), people, kudos, issues);
        this.people = people;
        this.currentUser = currentUser;
        this.directory = directory;
        this.values = values;
        this.issues = issues;
    }

    /** The pack, or a not-found domain error for a viewer who may not open it. */
    public ReviewPack build(UserKey viewer, UserKey person, Interval period) {
        return service.build(viewer, currentUser.isAdmin(viewer), person, period);
    }

    /** Whether to show the viewer the link on the person's profile: the same rule the core applies. */
    public boolean mayOpen(UserKey viewer, UserKey person) {
        return viewer.equals(person)
                || people.isHr(viewer)
                || currentUser.isAdmin(viewer)
                || people.manages(viewer, person);
    }

    public Optional<Person> personByName(String userName) {
        return directory.findPersonByName(userName);
    }

    public Optional<Person> person(UserKey key) {
        return directory.findPerson(key);
    }

    public ZoneId zoneOf(UserKey viewer) {
        return directory.findPerson(viewer).map(Person::timeZone).orElse(ZoneOffset.UTC);
    }

    /**
     * The pack as text in the reader's language.
     *
     * @param viewer the reader, whose browse permission names the issues behind the figures
     * @param text resolves an i18n key with its arguments
     */
    public ReviewLines lines(UserKey viewer, ReviewPack pack, ZoneId zone, BiFunction<String, Object[], String> text) {
        LocalDate first = LocalDate.ofInstant(pack.period().from(), zone);
        LocalDate last = LocalDate.ofInstant(pack.period().to().minusNanos(1), zone);
        List<CommitmentLines> commitments = new ArrayList<>();
        for (ReviewPack.Reviewed reviewed : pack.commitments()) {
            MeasuredCommitment measured = reviewed.commitment();
            Commitment commitment = measured.commitment();
            MeasurementBasis.Visible basis = reviewed.issues();
            MeasureKind measure = commitment.target() instanceof Target.Measured target ? target.measure() : null;
            List<Line> checkIns = new ArrayList<>();
            for (CheckIn checkIn : commitment.checkIns()) {
                String note = checkIn.progress().isPresent()
                        ? text.apply(
                                "service-culture.review.check-in.progress",
                                new Object[] {checkIn.note(), checkIn.progress().getAsInt()})
                        : checkIn.note();
                checkIns.add(new Line(day(checkIn.at(), zone), name(checkIn.author()) + ": " + note));
            }
            String signOff = commitment
                    .currentSignOff()
                    .map(s ->
                            text.apply("service-culture.review.signed-off", new Object[] {s.name(), day(s.at(), zone)}))
                    .orElseGet(() -> text.apply("service-culture.review.not-signed-off", new Object[0]));
            commitments.add(new CommitmentLines(
                    commitment.text(),
                    commitment.period().label(),
                    figure(commitment.target(), measured.measurement(), text),
                    status(measured.measurement(), text),
                    signOff,
                    checkIns,
                    text.apply("service-culture.review.issues", new Object[] {
                        basis.counted().size() + basis.hiddenCounted(),
                        basis.excluded().size() + basis.hiddenExcluded()
                    }),
                    issueLines(viewer, basis.counted(), measure, text),
                    hidden(basis.hiddenCounted(), text),
                    issueLines(viewer, basis.excluded(), measure, text),
                    hidden(basis.hiddenExcluded(), text)));
        }
        List<Line> kudos = new ArrayList<>();
        for (Kudos one : pack.kudosReceived()) {
            String value = values.findValue(one.valueId()).map(v -> v.name()).orElse(one.valueId());
            kudos.add(new Line(day(one.givenAt(), zone), text.apply("service-culture.review.kudos.line", new Object[] {
                name(one.giver()), value, one.message()
            })));
        }
        return new ReviewLines(
                text.apply(
                        "service-culture.review.title",
                        new Object[] {pack.person().displayName()}),
                pack.person().displayName(),
                text.apply("service-culture.review.period", new Object[] {first.toString(), last.toString()}),
                text.apply("service-culture.review.commitments", new Object[0]),
                text.apply("service-culture.review.commitments.none", new Object[0]),
                new IssueHeadings(
                        text.apply("service-culture.review.issues.counted", new Object[0]),
                        text.apply("service-culture.review.issues.excluded", new Object[0]),
                        text.apply("service-culture.review.issues.issue", new Object[0]),
                        text.apply("service-culture.review.issues.summary", new Object[0]),
                        text.apply("service-culture.review.issues.part", new Object[0]),
                        text.apply("service-culture.review.issues.reason", new Object[0])),
                commitments,
                text.apply("service-culture.review.kudos", new Object[0]),
                text.apply("service-culture.review.kudos.none", new Object[0]),
                kudos,
                pack.moreKudos()
                        ? text.apply(
                                "service-culture.review.kudos.more",
                                new Object[] {pack.kudosReceived().size()})
                        : "");
    }

    /** The issues the viewer may browse, with key and summary; one gone since it was measured is skipped. */
    private List<IssueLine> issueLines(
            UserKey viewer,
            List<IssueContribution> contributions,
            @Nullable MeasureKind measure,
            BiFunction<String, Object[], String> text) {
        List<IssueLine> lines = new ArrayList<>();
        for (IssueContribution contribution : contributions) {
            issues.findBrowsable(viewer, contribution.issueId())
                    .ifPresent(issue -> lines.add(new IssueLine(
                            issue.getKey(),
                            Optional.ofNullable(issue.getSummary()).orElse(""),
                            part(contribution, measure, text))));
        }
        return lines;
    }

    private static String part(
            IssueContribution contribution, @Nullable MeasureKind measure, BiFunction<String, Object[], String> text) {
        if (contribution.exclusion().isPresent()) {
            return text.apply(reasonKey(contribution.exclusion().get()), new Object[0]);
        }
        double value = contribution.value().orElse(0);
        String minutes = String.format(Locale.ROOT, "%.0f", value);
        switch (contribution.verdict()) {
            case MET:
                return text.apply("service-culture.review.issues.met", new Object[] {minutes});
            case BREACHED:
                return text.apply("service-culture.review.issues.breached", new Object[] {minutes});
            default:
                if (measure == MeasureKind.HANDOFFS_PER_RESOLVED_ISSUE) {
                    return text.apply("service-culture.review.issues.hand-offs", new Object[] {(long) value});
                }
                if (measure == MeasureKind.TEAM_OWNED_HOURS) {
                    return text.apply(
                            "service-culture.review.issues.owned-hours",
                            new Object[] {String.format(Locale.ROOT, "%.1f", value)});
                }
                return text.apply("service-culture.review.issues.for-team", new Object[0]);
        }
    }

    private static String reasonKey(IssueContribution.Exclusion exclusion) {
        switch (exclusion) {
            case OTHER_STANDARD:
                return "service-culture.review.issues.excluded.other-standard";
            case OTHER_METRIC:
                return "service-culture.review.issues.excluded.other-metric";
            case NOT_RESOLVED_IN_PERIOD:
                return "service-culture.review.issues.excluded.not-resolved";
            case STILL_OPEN:
                return "service-culture.review.issues.excluded.still-open";
            case STOPPED_AFTER_PERIOD:
                return "service-culture.review.issues.excluded.after-period";
            case NO_CLIENT_TEAM:
                return "service-culture.review.issues.excluded.no-client-team";
            case OTHER_CLIENT_TEAM:
                return "service-culture.review.issues.excluded.other-client-team";
            case NO_RESOLUTION_CLOCK:
                return "service-culture.review.issues.excluded.no-resolution-clock";
            default:
                return "service-culture.review.issues.excluded.no-history";
        }
    }

    /** "1 issue you cannot see", "3 issues you cannot see", or nothing. */
    private static String hidden(int count, BiFunction<String, Object[], String> text) {
        if (count == 0) {
            return "";
        }
        return count == 1
                ? text.apply("service-culture.review.issues.hidden.one", new Object[0])
                : text.apply("service-culture.review.issues.hidden.many", new Object[] {count});
    }

    private String name(UserKey user) {
        return directory.findPerson(user).map(Person::displayName).orElse(user.value());
    }

    private static String day(java.time.Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone).toString();
    }

    private static String figure(Target target, Measurement measurement, BiFunction<String, Object[], String> text) {
        String progress = measurement.progress().isPresent()
                ? String.format(Locale.ROOT, "%.0f %%", measurement.progress().getAsDouble() * 100)
                : "–";
        if (target instanceof Target.Measured measured) {
            String actual = measurement.actual().isPresent()
                    ? String.format(Locale.ROOT, "%.1f", measurement.actual().getAsDouble())
                    : "–";
            return text.apply("service-culture.review.figure.measured", new Object[] {
                actual, String.format(Locale.ROOT, "%.1f", measured.value()), measurement.sample(), progress
            });
        }
        return text.apply("service-culture.review.figure.milestones", new Object[] {progress});
    }

    private static String status(Measurement measurement, BiFunction<String, Object[], String> text) {
        String key =
                switch (measurement.status()) {
                    case ON_TRACK -> "service-culture.commitments.status.on-track";
                    case AT_RISK -> "service-culture.commitments.status.at-risk";
                    case OFF_TRACK -> "service-culture.commitments.status.off-track";
                    default -> "service-culture.commitments.status.no-data";
                };
        return text.apply(key, new Object[0]);
    }
}
