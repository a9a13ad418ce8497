package io.serviceculture.plugin.review;

import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.commitments.CheckIn;
import io.serviceculture.core.commitments.Commitment;
import io.serviceculture.core.commitments.MeasuredCommitment;
import io.serviceculture.core.commitments.Measurement;
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
import io.serviceculture.plugin.reports.persistence.AoKudosExport;
import io.serviceculture.plugin.rest.CurrentUser;
import io.serviceculture.plugin.review.ReviewLines.CommitmentLines;
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

    @Inject
    public ReviewPacks(
            CommitmentUseCases commitments,
            JiraCommitmentPeople people,
            AoKudosExport kudos,
            CurrentUser currentUser,
            JiraDirectory directory,
            AoCompanyValues values) {
        this.service = new ReviewPackService(commitments.service(), people, kudos);
        this.people = people;
        this.currentUser = currentUser;
        this.directory = directory;
        this.values = values;
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
     * @param text resolves an i18n key with its arguments
     */
    public ReviewLines lines(ReviewPack pack, ZoneId zone, BiFunction<String, Object[], String> text) {
        LocalDate first = LocalDate.ofInstant(pack.period().from(), zone);
        LocalDate last = LocalDate.ofInstant(pack.period().to().minusNanos(1), zone);
        List<CommitmentLines> commitments = new ArrayList<>();
        for (MeasuredCommitment measured : pack.commitments()) {
            Commitment commitment = measured.commitment();
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
                    checkIns));
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
