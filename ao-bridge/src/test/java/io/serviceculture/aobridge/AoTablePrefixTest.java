package io.serviceculture.aobridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

public class AoTablePrefixTest {

    @Test
    public void takesTheLastSixHexDigitsOfTheMd5OfTheNamespace() {
        // md5("io.serviceculture.jira") = e066d73cfbeb440404fc474fb4439d1b, worked out with `printf %s | md5sum`
        assertThat(AoTablePrefix.forNamespace("io.serviceculture.jira").value()).isEqualTo("AO_439D1B_");
    }

    @Test
    public void prependsItselfToATableName() {
        assertThat(AoTablePrefix.forNamespace("io.serviceculture.jira").prepend("KUDOS"))
                .isEqualTo("AO_439D1B_KUDOS");
    }

    @Test
    public void rejectsABlankNamespace() {
        assertThatThrownBy(() -> AoTablePrefix.forNamespace(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
