package io.serviceculture.bench.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} and {@code --flag} options of the scale tools (generator, mixed load, panel load), which
 * share the database ones: {@code --db}, {@code --pgdata}, {@code --folder}, {@code --result}.
 */
public final class CommandLine {
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CommandLine() {}

    /**
     * Reads the arguments; {@code valued} and {@code flagged} name the options besides the shared ones.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value, naming every option
     */
    public static CommandLine parse(String[] args, List<String> valued, List<String> flagged) {
        Set<String> known = new HashSet<>(valued);
        known.addAll(List.of("--db", "--pgdata", "--folder", "--result"));
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (flagged.contains(name)) {
                line.flags.add(name);
            } else if (known.contains(name) && i + 1 < args.length) {
                line.values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(
                        "unknown option or missing value: " + name + "; use --db postgresql://…"
                                + " --pgdata DIR --folder DIR --result FILE " + String.join(" ", valued) + " "
                                + String.join(" ", flagged));
            }
        }
        return line;
    }

    public Optional<String> db() {
        return Optional.ofNullable(values.get("--db"));
    }

    public Path pgData() {
        return path("--pgdata", "data/scale/pg");
    }

    public Path folder() {
        return path("--folder", "data/scale/jira");
    }

    public Path result(String byDefault) {
        return path("--result", byDefault);
    }

    public Path path(String name, String byDefault) {
        return Path.of(values.getOrDefault(name, byDefault));
    }

    public int number(String name, int byDefault) {
        String value = values.get(name);
        return value == null ? byDefault : Integer.parseInt(value);
    }

    /** A comma-separated list of numbers, such as {@code 50,100,200}. */
    public List<Integer> numbers(String name, List<Integer> byDefault) {
        String value = values.get(name);
        return value == null
                ? byDefault
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList();
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }
}
