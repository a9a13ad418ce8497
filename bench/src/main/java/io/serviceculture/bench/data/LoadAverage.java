package io.serviceculture.bench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, recorded with every result: the machine is shared and runs are noisy. */
public final class LoadAverage {
    private LoadAverage() {}

    /** {@code /proc/loadavg}'s 1, 5 and 15 minute figures, or what the JVM knows elsewhere. */
    public static String read() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return String.valueOf(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }
}
