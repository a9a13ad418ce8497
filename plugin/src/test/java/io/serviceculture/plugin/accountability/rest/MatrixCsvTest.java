package io.serviceculture.plugin.accountability.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceculture.core.accountability.Cell;
import io.serviceculture.core.accountability.CellKey;
import io.serviceculture.core.accountability.Components;
import io.serviceculture.core.accountability.Fraction;
import io.serviceculture.core.accountability.Interval;
import io.serviceculture.core.accountability.ScoreMatrix;
import io.serviceculture.core.people.TeamKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.Test;

public class MatrixCsvTest {
    private static final Interval MARCH =
            new Interval(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    @Test
    public void writesOneRowPerCellWithCrlfAndTheNoTeamColumnLast() {
        // given support served sales (59.375) and reporters in no team (no score)
        TeamKey support = TeamKey.of("support");
        CellKey sales = new CellKey(support, Optional.of(TeamKey.of("sales")));
        CellKey none = new CellKey(support, Optional.empty());
        Components components =
                new Components(Fraction.of(1, 2), Fraction.of(1, 2), Fraction.of(0, 2), Fraction.of(5, 8));
        ScoreMatrix matrix = new ScoreMatrix(
                MARCH,
                List.of(support),
                List.of(Optional.of(TeamKey.of("sales")), Optional.empty()),
                Map.of(
                        sales, new Cell(sales, components, 2, OptionalDouble.of(59.375), true),
                        none, new Cell(none, Components.NONE, 1, OptionalDouble.empty(), true)));

        // when
        String csv = MatrixCsv.write(matrix, List.of("Provider", "Client", "Score"), "No team");

        // then
        assertThat(csv)
                .isEqualTo("Provider,Client,Score\r\n"
                        + "support,sales,59.4,2,true,1,2,1,2,0,2,5,8\r\n"
                        + "support,No team,,1,true,0,0,0,0,0,0,0,0\r\n");
    }

    @Test
    public void makesFormulasInertAndQuotesWhatNeedsQuoting() {
        assertThat(MatrixCsv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(MatrixCsv.text("+cmd")).isEqualTo("'+cmd");
        assertThat(MatrixCsv.text("-1")).isEqualTo("'-1");
        assertThat(MatrixCsv.text("@sum")).isEqualTo("'@sum");
        assertThat(MatrixCsv.text("ops, east")).isEqualTo("\"ops, east\"");
        assertThat(MatrixCsv.text("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(MatrixCsv.text("plain")).isEqualTo("plain");
    }
}
