package io.serviceculture.plugin.kudos.persistence;

import io.serviceculture.core.kudos.CompanyValue;
import java.util.List;

/**
 * The values a new installation starts with, so that kudos work before an admin has set up their own. They are
 * data the admin edits, stored in the database, not interface text.
 */
final class DefaultCompanyValues {
    static final List<CompanyValue> VALUES = List.of(
            new CompanyValue(
                    "own-it",
                    "Own it end to end",
                    "Took a request from first contact to resolution without passing it on.",
                    true),
            new CompanyValue(
                    "client-first", "Client first", "Put the client's outcome ahead of our own convenience.", true),
            new CompanyValue("one-team", "One team", "Helped another team succeed as if it were their own.", true),
            new CompanyValue(
                    "raise-the-bar", "Raise the bar", "Made the way we serve clients better for everyone.", true));

    private DefaultCompanyValues() {}
}
