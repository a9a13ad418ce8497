package io.serviceculture.plugin.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * The documentation section each page's help link opens: a file under {@code docs/} and a heading anchor in it
 * (GitHub's anchors). {@code HelpTopicTest} fails when a file or heading no longer exists.
 */
public enum HelpTopic {
    RECOGNITION("kudos.md", "give-kudos"),
    KUDOS_SETTINGS("kudos.md", "your-recognition-settings"),
    REPORTS("reports.md", "filters"),
    STANDARDS_ADMIN("standards.md", "what-an-admin-sets-up"),
    BREACHES("standards.md", "how-a-clock-counts"),
    ACCOUNTABILITY("accountability.md", "6b-what-people-see"),
    MY_TEAM("commitments.md", "sign-off-check-ins-history"),
    PEOPLE_ADMIN("people.md", "in-jira-ioserviceculturepluginpeople"),
    ACCOUNTABILITY_SETTINGS("accountability.md", "6b-what-people-see"),
    CONFIGURATION("configuration.md", "moving-a-set-up-from-staging-to-production"),
    INSIGHTS("reports.md", "recognition-insights-fair-recognition"),
    REVIEW_PACK("commitments.md", "review-pack");

    /**
     * Where the {@code docs/} folder is published. One place to change it; the vendor's site named in the
     * descriptor's {@code <vendor url>}.
     */
    public static final String DOCS_BASE = "https://serviceculture.io/docs/";

    private final String file;
    private final String anchor;

    HelpTopic(String file, String anchor) {
        this.file = file;
        this.anchor = anchor;
    }

    /** The topic a template names, such as {@code "standards-admin"}. */
    public static HelpTopic named(String name) {
        String constant = name.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(topic -> topic.name().equals(constant))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no help topic " + name));
    }

    public String file() {
        return file;
    }

    public String anchor() {
        return anchor;
    }

    public String url() {
        return DOCS_BASE + file + "#" + anchor;
    }
}
