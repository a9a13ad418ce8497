package io.serviceculture.bench.data;

import io.serviceculture.core.kudos.IsoWeek;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The app's own rows of a scale data set, in the columns of its Active Objects tables: team membership periods,
 * team leads and reporting lines (the people directory), and kudos with their receivers, reactions and
 * moderation. Kudos keep the app's rules: never to oneself, the weekly allowance of ten per giver in the giver's
 * time zone (the {@code SLOT} column, {@code giver|week|n}), one reaction a person.
 */
public final class AppRows {
    public static final int ALLOWANCE = 10;
    static final String[] VALUES = {"own-it", "client-first", "one-team", "raise-the-bar"};
    private static final int[] VALUE_WEIGHTS = {35, 30, 20, 15};
    private static final String[] MESSAGES = {
        "Thanks for sorting out %s so quickly, the client was delighted.",
        "You took %s from first contact to done without passing it on. Brilliant.",
        "Huge help with %s today, thank you for jumping in for another team.",
        "Thank you for the patience on %s and for explaining every step to the client.",
        "Great follow-up on %s: you called back before anyone had to ask."
    };
    private static final int WEEKS = 60;

    /** How many rows of each kind were written. */
    public record Counts(
            long memberships, long leads, long managers, long kudos, long receivers, long reactions, long hidden) {
        public long total() {
            return memberships + leads + managers + kudos + receivers + reactions + hidden;
        }
    }

    private final People people;
    private final JiraFolder.Issues issues;

    public AppRows(People people, JiraFolder.Issues issues) {
        this.people = people;
        this.issues = issues;
    }

    /** Membership periods (current ones since {@link People#JOINED}, moves during the year), leads, managers. */
    public Counts writeDirectory(TableSink.Factory sinks) throws IOException {
        long memberships;
        long leads;
        long managers;
        try (TableSink members =
                sinks.open("TEAM_MEMBER", List.of("ID", "USER_KEY", "TEAM", "STARTED_AT", "ENDED_AT"))) {
            long id = 1;
            for (int u = 0; u < people.size(); u++) {
                String user = People.name(u);
                if (people.formerTeam(u) >= 0) {
                    Instant moved = people.movedAt(u);
                    members.add(id++, user, People.teamName(people.formerTeam(u)), People.JOINED, moved);
                    members.add(id++, user, People.teamName(people.primaryTeam(u)), moved, null);
                } else {
                    members.add(id++, user, People.teamName(people.primaryTeam(u)), People.JOINED, null);
                }
                if (people.secondTeam(u) >= 0) {
                    members.add(id++, user, People.teamName(people.secondTeam(u)), People.JOINED, null);
                }
            }
            memberships = members.rows();
        }
        try (TableSink sink = sinks.open("TEAM_LEAD", List.of("ID", "TEAM", "USER_KEY"))) {
            for (int t = 0; t < people.spec().teams(); t++) {
                sink.add((long) t + 1, People.teamName(t), People.name(people.lead(t)));
            }
            leads = sink.rows();
        }
        try (TableSink sink = sinks.open("MANAGER", List.of("ID", "USER_KEY", "MANAGER_KEY"))) {
            long id = 1;
            for (int u = 0; u < people.size(); u++) {
                if (people.manager(u) >= 0) {
                    sink.add(id++, People.name(u), People.name(people.manager(u)));
                }
            }
            managers = sink.rows();
        }
        return new Counts(memberships, leads, managers, 0, 0, 0, 0);
    }

    /**
     * The spec's kudos, spread evenly over the year with a little jitter; one in twenty to a team, one in ten
     * private, three in ten about an issue (to its assignee), one in five hundred hidden by HR.
     */
    public Counts writeKudos(TableSink.Factory sinks) throws IOException {
        ScaleSpec spec = people.spec();
        Random random = new Random(spec.seed() + 2);
        byte[] used = new byte[people.size() * WEEKS];
        long firstMonday = LocalDate.of(2025, 11, 10).toEpochDay();
        long span = Duration.between(ScaleSpec.FROM, ScaleSpec.UNTIL).toSeconds() - 3600;
        try (TableSink kudos = sinks.open(
                        "KUDOS",
                        List.of(
                                "ID",
                                "GIVER_KEY",
                                "VALUE_ID",
                                "MESSAGE",
                                "ISSUE_ID",
                                "VISIBILITY",
                                "GIVEN_AT",
                                "WEEK",
                                "SLOT",
                                "CLIENT_REQUEST_ID",
                                "REQUEST_KEY",
                                "HIDDEN_BY",
                                "HIDDEN_REASON",
                                "HIDDEN_AT"));
                TableSink receivers = sinks.open("KUDOS_RCV", List.of("ID", "KUDOS_ID", "RECEIVER_ID"));
                TableSink reactions =
                        sinks.open("KUDOS_REACT", List.of("ID", "KUDOS_ID", "USER_KEY", "REACTION_KEY", "CREATED_AT"));
                TableSink moderation =
                        sinks.open("KUDOS_MOD", List.of("ID", "KUDOS_ID", "MODERATOR_KEY", "REASON", "HIDDEN_AT"))) {
            long receiverId = 1;
            long reactionId = 1;
            for (int k = 0; k < spec.kudos(); k++) {
                long id = k + 1L;
                Instant at = ScaleSpec.FROM.plusSeconds(span * k / Math.max(1, spec.kudos()) + random.nextInt(3600));
                int giver = -1;
                int slot = 0;
                IsoWeek week = null;
                for (int attempt = 0; attempt < 50 && giver < 0; attempt++) {
                    int candidate = random.nextInt(people.size());
                    LocalDate day = at.atZone(people.zone(candidate)).toLocalDate();
                    int index = (int) ((day.with(DayOfWeek.MONDAY).toEpochDay() - firstMonday) / 7);
                    int cell = candidate * WEEKS + index;
                    if (used[cell] < ALLOWANCE) {
                        giver = candidate;
                        slot = ++used[cell];
                        week = IsoWeek.of(day);
                    }
                }
                if (giver < 0 || week == null) {
                    throw new IllegalStateException("every giver tried has used the allowance at " + at);
                }
                String giverKey = People.name(giver);
                List<String> to = new ArrayList<>();
                Long issueId = null;
                String about = "the request";
                int roll = random.nextInt(100);
                if (roll < 5) {
                    to.add("team:" + People.teamName(random.nextInt(spec.teams())));
                } else {
                    if (roll < 35) {
                        int issue = random.nextInt(issues.size());
                        int assignee = issues.assignee(issue);
                        if (assignee >= 0 && assignee != giver) {
                            to.add("user:" + People.name(assignee));
                            issueId = issues.id(issue);
                            about = issues.key(issue);
                        }
                    }
                    int wanted = random.nextInt(100) < 80 ? 1 : 2 + random.nextInt(2);
                    while (to.size() < wanted) {
                        int receiver = random.nextInt(people.size());
                        String receiverKey = "user:" + People.name(receiver);
                        if (receiver != giver && !to.contains(receiverKey)) {
                            to.add(receiverKey);
                        }
                    }
                }
                boolean hidden = random.nextInt(500) == 0;
                String requestId = "scale-" + id;
                Instant hiddenAt = at.plus(Duration.ofHours(2));
                String reason = "Names a client; HR asked the giver to rephrase.";
                kudos.add(
                        id,
                        giverKey,
                        value(random),
                        String.format(MESSAGES[random.nextInt(MESSAGES.length)], about),
                        issueId,
                        random.nextInt(10) == 0 ? "PRIVATE" : "PUBLIC",
                        at,
                        week.toString(),
                        giverKey + "|" + week + "|" + slot,
                        requestId,
                        giverKey + "|" + requestId,
                        hidden ? People.hrName(0) : null,
                        hidden ? reason : null,
                        hidden ? hiddenAt : null);
                for (String receiver : to) {
                    receivers.add(receiverId++, id, receiver);
                }
                if (hidden) {
                    moderation.add(moderation.rows() + 1, id, People.hrName(0), reason, hiddenAt);
                }
                List<Integer> reacted = new ArrayList<>();
                while (random.nextInt(100) < 45 && reacted.size() < 8) {
                    int person = random.nextInt(people.size());
                    if (person == giver || reacted.contains(person)) {
                        continue;
                    }
                    reacted.add(person);
                    String personKey = People.name(person);
                    reactions.add(
                            reactionId++,
                            id,
                            personKey,
                            id + "|" + personKey,
                            at.plus(Duration.ofMinutes(1 + random.nextInt(60 * 24))));
                }
            }
            return new Counts(0, 0, 0, kudos.rows(), receivers.rows(), reactions.rows(), moderation.rows());
        }
    }

    private static String value(Random random) {
        int roll = random.nextInt(100);
        for (int v = 0; v < VALUES.length; v++) {
            roll -= VALUE_WEIGHTS[v];
            if (roll < 0) {
                return VALUES[v];
            }
        }
        return VALUES[0];
    }
}
