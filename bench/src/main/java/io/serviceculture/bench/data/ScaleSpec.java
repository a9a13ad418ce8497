package io.serviceculture.bench.data;

import java.time.Instant;

/**
 * How much data to generate. The same spec and seed always give the same data.
 *
 * @param users people besides the admin and HR members, each in one primary team
 * @param teams Jira groups marked as teams
 * @param projects service projects, each served by a block of teams
 * @param issues issues across the projects, about ten history items each (changes and comments)
 * @param kudos kudos given over the year before {@link #UNTIL}
 * @param seed for every random choice
 */
public record ScaleSpec(int users, int teams, int projects, int issues, int kudos, long seed) {
    /** Nothing generated happens later than this (a Monday, as the demo data). */
    public static final Instant UNTIL = Instant.parse("2026-11-16T09:00:00Z");
    /** Issues and kudos spread over the year before {@link #UNTIL}. */
    public static final Instant FROM = Instant.parse("2025-11-17T00:00:00Z");

    public static final long DEFAULT_SEED = 20_261_123L;

    public ScaleSpec {
        if (teams < 2 || users < teams * 2) {
            throw new IllegalArgumentException("need at least two teams and two people a team: " + users + "/" + teams);
        }
        if (projects < 1 || projects > teams) {
            throw new IllegalArgumentException("between one project and one a team: " + projects);
        }
        if (issues < 1 || kudos < 0) {
            throw new IllegalArgumentException("issues and kudos: " + issues + "/" + kudos);
        }
    }

    /** The data set of issue #13: 20k users, 200 teams, 100k issues with about 1M history items, 1M kudos. */
    public static ScaleSpec full() {
        return new ScaleSpec(20_000, 200, 20, 100_000, 1_000_000, DEFAULT_SEED);
    }

    /** The full set scaled down by {@code divisor} (tests, quick tries), keeping its shape. */
    public static ScaleSpec divided(int divisor) {
        ScaleSpec full = full();
        int teams = Math.max(2, full.teams / divisor);
        return new ScaleSpec(
                Math.max(teams * 2, full.users / divisor),
                teams,
                Math.max(1, Math.min(teams, full.projects / divisor)),
                Math.max(1, full.issues / divisor),
                full.kudos / divisor,
                DEFAULT_SEED);
    }
}
