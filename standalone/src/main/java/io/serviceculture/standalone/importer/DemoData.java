package io.serviceculture.standalone.importer;

import io.serviceculture.standalone.jira.JiraStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo: the folder {@code demo/} on the classpath (people, teams, reporting lines, projects, statuses and
 * real Apache-2.0 issues) plus 200 synthetic issues generated from a fixed seed.
 */
public final class DemoData {
    public static final String FOLDER = "demo";
    public static final int SYNTHETIC_ISSUES = 200;
    public static final long SEED = 20_261_116L;
    /** The demo's "today": synthetic issues happen in the 90 days before it, the same on every machine. */
    public static final Instant UNTIL = Instant.parse("2026-11-16T09:00:00Z");

    private static final long FIRST_SYNTHETIC_ID = 500_000L;
    private static final Map<String, String> TEAMS = Map.of(
            "HELP", "team-it",
            "ENG", "team-engineering",
            "FIN", "team-finance",
            "FAC", "team-facilities",
            "PEOPLE", "team-people");
    private static final Map<String, List<String>> SUMMARIES = Map.of(
            "HELP",
                    List.of(
                            "Laptop will not connect to the VPN",
                            "New starter needs accounts",
                            "Printer on floor 3 jams",
                            "Password reset for the expenses tool",
                            "Request a second monitor"),
            "ENG",
                    List.of(
                            "Export of the monthly report times out",
                            "Add a field to the order form",
                            "Staging database is full",
                            "Fix the broken link in the intranet footer"),
            "FIN",
                    List.of(
                            "Supplier invoice stuck in approval",
                            "Expense claim rejected by mistake",
                            "Budget report for Q3",
                            "Change bank details for a supplier"),
            "FAC",
                    List.of(
                            "Meeting room heating broken",
                            "Desk move for the finance team",
                            "Access badge stopped working"),
            "PEOPLE", List.of("Parental leave question", "Update my job title", "Training budget request"));

    private DemoData() {}

    /** Generates the synthetic issues and imports them; returns how many. */
    public static int addSyntheticIssues(JiraStore jira, JiraImporter importer) {
        SyntheticIssues generator = new SyntheticIssues(jira, TEAMS, SUMMARIES, SEED, UNTIL);
        generator.generate(SYNTHETIC_ISSUES, FIRST_SYNTHETIC_ID).forEach(importer::importIssue);
        return SYNTHETIC_ISSUES;
    }

    /** The demo logins, for the console. */
    public static String loginsHelp() {
        return String.join(
                "\n",
                "Demo logins (user / password):",
                "  admin / admin     Jira administrator",
                "  hanna / hanna     HR (group hr)",
                "  clara / clara     head of the organisation, manages the team leads",
                "  maria / maria     IT team lead (team-it), manages ivan and priya",
                "  tom / tom         Engineering team lead (team-engineering)",
                "  lena / lena       Finance team lead (team-finance)",
                "  ivan, priya, sam, yuki, eva, felix, nora, diego, grace: employees (password = user name)",
                "  guest / guest     no Jira application access (sees 403 on licensed-only resources)");
    }
}
