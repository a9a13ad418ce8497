package io.serviceculture.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.Test;

public class HostOptionsTest {
    @Test
    public void defaultsToAtlasRunsPortAndContext() {
        // when
        HostOptions options = HostOptions.parse();

        // then
        assertThat(options.port()).isEqualTo(2990);
        assertThat(options.contextPath()).isEqualTo("/jira");
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.database()).isEmpty();
        assertThat(options.demo()).isFalse();
    }

    @Test
    public void readsEveryOption() {
        // when
        HostOptions options = HostOptions.parse(
                "--port",
                "8080",
                "--context",
                "/",
                "--data",
                "/tmp/d",
                "--db",
                "postgresql://u:p@h:5432/db",
                "--demo",
                "--import",
                "more");

        // then
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.contextPath()).isEmpty();
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/d"));
        assertThat(options.database()).isEqualTo(Optional.of("postgresql://u:p@h:5432/db"));
        assertThat(options.demo()).isTrue();
        assertThat(options.importDirs()).containsExactly(Path.of("more"));
    }

    @Test
    public void refusesUnknownOptionsAndOtherDatabases() {
        assertThatThrownBy(() -> HostOptions.parse("--prot", "1")).hasMessageContaining("unknown option --prot");
        assertThatThrownBy(() -> HostOptions.parse("--db", "mysql://x")).hasMessageContaining("postgresql://");
        assertThatThrownBy(() -> HostOptions.parse("--port")).hasMessageContaining("--port needs a value");
    }
}
