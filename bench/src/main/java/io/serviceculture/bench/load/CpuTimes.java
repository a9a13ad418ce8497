package io.serviceculture.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the PostgreSQL server listening on a port, from {@code /proc} (Linux; zero
 * elsewhere). On a shared machine, CPU time a request is a steadier measure of cost than its latency.
 *
 * @param jvmMillis the JVM's CPU time
 * @param postgresMillis the postmaster's and its backends' CPU time, ended backends included
 */
record CpuTimes(double jvmMillis, double postgresMillis) {
    /** Linux's USER_HZ, the unit of the times in {@code /proc/<pid>/stat}, is 100 on every common platform. */
    private static final double MILLIS_PER_TICK = 10;

    static CpuTimes read(int postgresPort) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e6;
        return new CpuTimes(jvm, postgresTicks(postgresPort) * MILLIS_PER_TICK);
    }

    CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(jvmMillis - earlier.jvmMillis, postgresMillis - earlier.postgresMillis);
    }

    private static long postgresTicks(int port) {
        List<Path> processes;
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            processes = proc.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
        } catch (IOException e) {
            return 0;
        }
        String postmaster = null;
        for (Path process : processes) {
            String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
            if (commandLine.contains("postgres") && commandLine.contains("-p " + port)) {
                postmaster = process.getFileName().toString();
                break;
            }
        }
        if (postmaster == null) {
            return 0;
        }
        long ticks = 0;
        for (Path process : processes) {
            String[] stat = fields(read(process.resolve("stat")));
            if (stat.length < 15) {
                continue;
            }
            // after the command name: state, ppid, …; utime, stime, cutime, cstime are fields 14 to 17 of stat
            boolean self = process.getFileName().toString().equals(postmaster);
            if (self) {
                ticks += Long.parseLong(stat[11])
                        + Long.parseLong(stat[12])
                        + Long.parseLong(stat[13])
                        + Long.parseLong(stat[14]);
            } else if (stat[1].equals(postmaster)) {
                ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
            }
        }
        return ticks;
    }

    /** The fields after the parenthesised command name, which may itself hold spaces. */
    private static String[] fields(String stat) {
        int end = stat.lastIndexOf(')');
        return end < 0 ? new String[0] : stat.substring(end + 1).strip().split(" ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
