package io.serviceculture.core.kudos;

/**
 * How people reacted to one kudos, as the reader sees it: how many reacted, and whether the reader is one of
 * them. Each person reacts at most once; reacting again changes nothing.
 */
public record Reaction(int count, boolean mine) {
    public static final Reaction NONE = new Reaction(0, false);

    public Reaction {
        if (count < 0 || (mine && count == 0)) {
            throw new IllegalArgumentException("a reaction count is never negative, and counts the reader's own");
        }
    }
}
