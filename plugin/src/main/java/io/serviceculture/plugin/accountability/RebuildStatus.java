package io.serviceculture.plugin.accountability;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the last rebuild from history stands, as every node sees it.
 *
 * @param state {@code idle} (never run), {@code running}, {@code done} or {@code failed}
 * @param updated when a node last reported progress, so a rebuild whose node died can be started again
 */
public record RebuildStatus(
        String state, int done, int total, Optional<Instant> started, Optional<Instant> finished, Instant updated) {
    public static final String IDLE = "idle";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public static RebuildStatus idle() {
        return new RebuildStatus(IDLE, 0, 0, Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    public boolean isRunning() {
        return RUNNING.equals(state);
    }

    String write() {
        return String.join(
                "|",
                state,
                String.valueOf(done),
                String.valueOf(total),
                started.map(at -> String.valueOf(at.toEpochMilli())).orElse(""),
                finished.map(at -> String.valueOf(at.toEpochMilli())).orElse(""),
                String.valueOf(updated.toEpochMilli()));
    }

    static RebuildStatus read(String text) {
        String[] f = text.split("\\|", -1);
        return new RebuildStatus(
                f[0],
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                instant(f[3]),
                instant(f[4]),
                Instant.ofEpochMilli(Long.parseLong(f[5])));
    }

    private static Optional<Instant> instant(String millis) {
        return millis.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
    }
}
