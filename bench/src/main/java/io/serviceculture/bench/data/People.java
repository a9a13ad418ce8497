package io.serviceculture.bench.data;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The people of a scale data set: users {@code u00000…} with password = name, each in one primary team (the
 * first {@code teams} users lead them), one in ten also in a second team, one in twenty moved from a former team
 * during the year; reporting lines from each member to their team's lead, from leads to the lead of their block
 * of ten teams, and from those to {@code u00000}. The admin is {@code admin}, HR members {@code hr0…}.
 */
public final class People {
    public static final String ADMIN = "admin";
    public static final String HR_GROUP = "service-culture-hr";
    public static final int HR_MEMBERS = 10;
    public static final String USERS_GROUP = "jira-software-users";
    public static final String ADMINS_GROUP = "jira-administrators";
    /** Current memberships started a year before the data's first issue. */
    public static final Instant JOINED = ScaleSpec.FROM.minus(Duration.ofDays(365));

    private static final String[] FIRST = {
        "Ada", "Ben", "Clara", "Diego", "Eva", "Felix", "Grace", "Hanna", "Ivan", "Julia", "Kenji", "Lena", "Maria",
        "Nora", "Omar", "Priya", "Quentin", "Rosa", "Sam", "Tom", "Uma", "Viktor", "Wen", "Yuki", "Zoe"
    };
    private static final String[] LAST = {
        "Adler",
        "Berg",
        "Costa",
        "Dubois",
        "Eriksen",
        "Fischer",
        "Garcia",
        "Hoffmann",
        "Ito",
        "Jensen",
        "Kowalski",
        "Lopez",
        "Meyer",
        "Novak",
        "Okafor",
        "Patel",
        "Quinn",
        "Rossi",
        "Schmidt",
        "Tanaka",
        "Uddin",
        "Varga",
        "Weber"
    };
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"),
            ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"),
            ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Asia/Tokyo"),
            ZoneId.of("Asia/Kolkata"));
    private static final List<String> LOCALES = List.of("en_GB", "en_US", "de_DE", "fr_FR");

    private final ScaleSpec spec;
    private final int[] secondTeam;
    private final int[] formerTeam;
    private final long[] movedAtSeconds;
    private final int[][] members;

    public People(ScaleSpec spec) {
        this.spec = spec;
        Random random = new Random(spec.seed());
        int users = spec.users();
        secondTeam = new int[users];
        formerTeam = new int[users];
        movedAtSeconds = new long[users];
        long span = Duration.between(ScaleSpec.FROM, ScaleSpec.UNTIL).toSeconds();
        List<List<Integer>> teamMembers = new ArrayList<>();
        for (int t = 0; t < spec.teams(); t++) {
            teamMembers.add(new ArrayList<>());
        }
        for (int u = 0; u < users; u++) {
            secondTeam[u] = -1;
            formerTeam[u] = -1;
            teamMembers.get(primaryTeam(u)).add(u);
            if (isLead(u)) {
                continue;
            }
            int roll = random.nextInt(100);
            if (roll < 10) {
                secondTeam[u] = otherTeam(random, primaryTeam(u));
                teamMembers.get(secondTeam[u]).add(u);
            } else if (roll < 15) {
                formerTeam[u] = otherTeam(random, primaryTeam(u));
                movedAtSeconds[u] = ScaleSpec.FROM.getEpochSecond() + (long) (random.nextDouble() * span);
            }
        }
        members = teamMembers.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private int otherTeam(Random random, int team) {
        return (team + 1 + random.nextInt(spec.teams() - 1)) % spec.teams();
    }

    public ScaleSpec spec() {
        return spec;
    }

    public int size() {
        return spec.users();
    }

    /** The user's name, which is also their key and password. */
    public static String name(int user) {
        return String.format(Locale.ROOT, "u%05d", user);
    }

    public static String hrName(int member) {
        return "hr" + member;
    }

    public static String teamName(int team) {
        return String.format(Locale.ROOT, "team-%03d", team);
    }

    public String displayName(int user) {
        return FIRST[user % FIRST.length] + " " + LAST[(user / FIRST.length) % LAST.length] + " " + user;
    }

    public ZoneId zone(int user) {
        return ZONES.get(user % ZONES.size());
    }

    public String locale(int user) {
        return LOCALES.get(user % LOCALES.size());
    }

    public int primaryTeam(int user) {
        return user % spec.teams();
    }

    /** The second team, or -1. */
    public int secondTeam(int user) {
        return secondTeam[user];
    }

    /** The team the user left during the year, or -1. */
    public int formerTeam(int user) {
        return formerTeam[user];
    }

    /** When the user moved from their former team to their primary team. */
    public Instant movedAt(int user) {
        return Instant.ofEpochSecond(movedAtSeconds[user]);
    }

    /** Today's members of a team: its primary members, then those for whom it is a second team. */
    public int[] members(int team) {
        return members[team].clone();
    }

    public int member(int team, int index) {
        return members[team][index];
    }

    public int memberCount(int team) {
        return members[team].length;
    }

    /** The lead of team t is user t, whose primary team it is. */
    public int lead(int team) {
        return team;
    }

    public boolean isLead(int user) {
        return user < spec.teams();
    }

    /** The user's manager, or -1 for the head of the organisation ({@code u00000}). */
    public int manager(int user) {
        if (!isLead(user)) {
            return lead(primaryTeam(user));
        }
        if (user == 0) {
            return -1;
        }
        int blockLead = (user / 10) * 10;
        return blockLead == user ? 0 : blockLead;
    }

    /** The teams serving project p: every team t with t mod projects = p. */
    public int[] providerTeams(int project) {
        List<Integer> teams = new ArrayList<>();
        for (int t = project; t < spec.teams(); t += spec.projects()) {
            teams.add(t);
        }
        return teams.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Project keys {@code SAA, SAB, …}: letters only, as Jira wants. */
    public static String projectKey(int project) {
        return "S" + (char) ('A' + project / 26 % 26) + (char) ('A' + project % 26);
    }

    public static long projectId(int project) {
        return 20_000L + project;
    }
}
