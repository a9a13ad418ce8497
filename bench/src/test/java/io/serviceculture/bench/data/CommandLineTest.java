package io.serviceculture.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

public class CommandLineTest {
    @Test
    public void readsTheSharedDatabaseOptionsAndTheToolsOwn() {
        // when
        CommandLine line = CommandLine.parse(
                new String[] {"--db", "postgresql://u:p@h:5433/scale", "--users", "50, 100", "--truncate"},
                List.of("--users", "--seconds"),
                List.of("--truncate"));

        // then
        assertThat(line.db()).contains("postgresql://u:p@h:5433/scale");
        assertThat(line.numbers("--users", List.of(1))).containsExactly(50, 100);
        assertThat(line.flag("--truncate")).isTrue();
        assertThat(line.number("--seconds", 60)).isEqualTo(60);
        assertThat(line.pgData()).isEqualTo(Path.of("data/scale/pg"));
        assertThat(line.result("bench/results/x.txt")).isEqualTo(Path.of("bench/results/x.txt"));
    }

    @Test
    public void refusesAnUnknownOptionOrAMissingValueNamingTheKnownOnes() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--userz", "5"}, List.of("--users"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--userz")
                .hasMessageContaining("--users");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--users"}, List.of("--users"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing value");
    }
}
