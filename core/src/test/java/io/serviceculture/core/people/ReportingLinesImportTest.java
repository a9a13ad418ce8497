package io.serviceculture.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.people.ReportingLinesImport.Imported;
import io.serviceculture.core.people.ReportingLinesImport.Rejected;
import io.serviceculture.core.people.ReportingLinesImport.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class ReportingLinesImportTest {
    private static final Set<String> KNOWN = Set.of("ana", "ben", "cal", "dee", "Zoë");

    /** User names map to keys that differ from them, as Jira's JIRAUSER keys do. */
    private final ReportingLinesImport importer = new ReportingLinesImport(
            name -> KNOWN.contains(name) ? Optional.of(UserKey.of("key-" + name)) : Optional.empty());

    private static UserKey key(String name) {
        return UserKey.of("key-" + name);
    }

    private static Rejected rejected(Result result) {
        assertThat(result).isInstanceOf(Rejected.class);
        return (Rejected) result;
    }

    @Test
    public void importsEveryRowOfAValidFile() {
        // given a file with a BOM, CRLF line ends, a quoted field and a trailing blank line
        String file = "\uFEFFuser,manager\r\nana,ben\r\n\"cal\",ben\r\nben,dee\r\n\r\n";

        // when
        Result result = importer.read(file.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(result).isInstanceOf(Imported.class);
        ReportingLines lines = ((Imported) result).lines();
        assertThat(lines.asMap())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(key("ana"), key("ben"), key("cal"), key("ben"), key("ben"), key("dee")));
        assertThat(lines.reportsOf(key("ben"))).containsExactly(key("ana"), key("cal"));
        assertThat(lines.isManagerOf(key("dee"), key("ben"))).isTrue();
        assertThat(lines.isManagerOf(key("dee"), key("ana"))).isFalse();
    }

    @Test
    public void readsNonAsciiNamesAndQuotedCommas() {
        // when
        Result result = importer.read("User , Manager\n\"Zoë\",\"ana\"\n\"ana\",\"be\"\"n\"\n");

        // then the second row names a user called be"n, who does not exist
        assertThat(rejected(result).errors())
                .containsExactly(new ImportError(3, ReportingLinesImport.UNKNOWN_MANAGER, List.of(3, "be\"n")));
    }

    @Test
    public void reportsEveryBadRowWithItsLineAndImportsNothing() {
        // given
        String file = String.join(
                "\n",
                "user,manager",
                "ana,ben",
                "nobody,ben",
                "cal,cal",
                ",ben",
                "ana,dee",
                "dee,ghost",
                "ben,dee,extra");

        // when
        Rejected rejected = rejected(importer.read(file));

        // then
        assertThat(rejected.errors())
                .containsExactly(
                        new ImportError(3, ReportingLinesImport.UNKNOWN_USER, List.of(3, "nobody")),
                        new ImportError(4, ReportingLinesImport.SELF_MANAGER, List.of(4, "cal")),
                        new ImportError(5, ReportingLinesImport.BLANK, List.of(5, "user")),
                        new ImportError(6, ReportingLinesImport.DUPLICATE, List.of(6, "ana", 2)),
                        new ImportError(7, ReportingLinesImport.UNKNOWN_MANAGER, List.of(7, "ghost")),
                        new ImportError(8, ReportingLinesImport.COLUMNS, List.of(8, 3, 2)));
    }

    @Test
    public void reportsEachRowOfACycle() {
        // given ana → ben → cal → ana, and dee outside the loop
        String file = "user,manager\nana,ben\nben,cal\ncal,ana\ndee,ana\n";

        // when
        Rejected rejected = rejected(importer.read(file));

        // then
        assertThat(rejected.errors())
                .containsExactly(
                        new ImportError(2, ReportingLinesImport.CYCLE, List.of(2, "ana", "ana → ben → cal → ana")),
                        new ImportError(3, ReportingLinesImport.CYCLE, List.of(3, "ben", "ben → cal → ana → ben")),
                        new ImportError(4, ReportingLinesImport.CYCLE, List.of(4, "cal", "cal → ana → ben → cal")));
    }

    @Test
    public void rejectsAFileWithoutTheHeaderOrWithoutRows() {
        assertThat(rejected(importer.read("ana,ben\n")).errors())
                .extracting(ImportError::messageKey)
                .containsExactly(ReportingLinesImport.HEADER);
        assertThat(rejected(importer.read("user,manager\n\n")).errors())
                .extracting(ImportError::messageKey)
                .containsExactly(ReportingLinesImport.EMPTY);
        assertThat(rejected(importer.read("")).errors())
                .extracting(ImportError::messageKey)
                .containsExactly(ReportingLinesImport.HEADER);
    }

    @Test
    public void rejectsBrokenQuotingAndBrokenUtf8() {
        assertThat(rejected(importer.read("user,manager\nana,\"ben\n")).errors())
                .containsExactly(new ImportError(2, ReportingLinesImport.QUOTE, List.of(2)));
        assertThat(rejected(importer.read("user,manager\nana,be\"n\n")).errors())
                .containsExactly(new ImportError(2, ReportingLinesImport.QUOTE, List.of(2)));
        assertThat(rejected(importer.read(new byte[] {'u', (byte) 0xC3, '\n'})).errors())
                .containsExactly(new ImportError(1, ReportingLinesImport.ENCODING, List.of(1)));
    }

    @Test
    public void countsLinesInsideQuotedFieldsForTheRowsThatFollow() {
        // given a quoted user name that spans two lines, which no such user has
        String file = "user,manager\n\"ana\nsmith\",ben\ncal,cal\n";

        // when
        Rejected rejected = rejected(importer.read(file));

        // then
        assertThat(rejected.errors())
                .containsExactly(
                        new ImportError(2, ReportingLinesImport.UNKNOWN_USER, List.of(2, "ana\nsmith")),
                        new ImportError(4, ReportingLinesImport.SELF_MANAGER, List.of(4, "cal")));
    }

    @Test
    public void refusesReportingLinesThatLoopWhenBuiltDirectly() {
        assertThatThrownBy(() -> ReportingLines.of(Map.of(key("ana"), key("ben"), key("ben"), key("ana"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
