package io.serviceculture.core.standards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.serviceculture.core.common.InvalidInputException;
import java.time.LocalDate;
import org.junit.Test;

public class HolidayCsvParserTest {

    @Test
    public void readsDatesAndNamesAfterAHeader() {
        HolidayImport result = HolidayCsvParser.parse(
                "date,name\r\n2026-12-26,Boxing Day\r\n2026-12-25,\"Christmas Day, observed\"\r\n\r\n2027-01-01\r\n");

        assertThat(result.isClean()).isTrue();
        assertThat(result.holidays())
                .extracting(Holiday::date, Holiday::name)
                .containsExactly(
                        tuple(LocalDate.of(2026, 12, 25), "Christmas Day, observed"),
                        tuple(LocalDate.of(2026, 12, 26), "Boxing Day"),
                        tuple(LocalDate.of(2027, 1, 1), ""));
    }

    @Test
    public void readsQuotedQuotesAndIgnoresAByteOrderMark() {
        HolidayImport result = HolidayCsvParser.parse("\uFEFF2026-05-01,\"\"\"May\"\" Day\"\n");

        assertThat(result.holidays()).extracting(Holiday::name).containsExactly("\"May\" Day");
    }

    @Test
    public void reportsEveryBadLineWithItsNumber() {
        HolidayImport result = HolidayCsvParser.parse(String.join(
                "\n",
                "date,name",
                "2026-12-25,Christmas",
                "25/12/2026,Christmas again",
                "2026-02-30,No such day",
                "2026-12-31,\"Unclosed",
                "2026-12-24,Eve,extra",
                "2026-12-25,Christmas twice"));

        assertThat(result.isClean()).isFalse();
        assertThat(result.holidays()).extracting(Holiday::name).containsExactly("Christmas");
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, "service-culture.standards.calendar.import.error.date"),
                        tuple(4, "service-culture.standards.calendar.import.error.date"),
                        tuple(5, "service-culture.standards.calendar.import.error.quote"),
                        tuple(6, "service-culture.standards.calendar.import.error.columns"),
                        tuple(7, "service-culture.standards.calendar.import.error.duplicate"));
        assertThat(result.problems().get(4).arguments()).containsExactly(7, LocalDate.of(2026, 12, 25), 2);
    }

    @Test
    public void anImportWithProblemsCannotBeApplied() {
        HolidayImport result = HolidayCsvParser.parse("2026-13-01,Bad month\n");

        assertThatThrownBy(result::holidaysOrThrow)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("service-culture.standards.calendar.import.error.date[1, 2026-13-01]");
    }

    @Test
    public void refusingAnImportReportsEveryBadLineOnTheFileField() {
        // given
        HolidayImport result = HolidayCsvParser.parse("2026-13-01,Bad month\n2026-12-25,Christmas\nxmas,Again\n");

        // when
        Throwable thrown = catchThrowable(result::holidaysOrThrow);

        // then
        assertThat(((InvalidInputException) thrown).problems())
                .extracting(problem -> problem.field().orElse(""), problem -> problem.arguments()
                        .get(0))
                .containsExactly(tuple("file", 1), tuple("file", 3));
    }

    @Test
    public void anEmptyFileIsAProblem() {
        assertThat(HolidayCsvParser.parse("date,name\n\n").problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("service-culture.standards.calendar.import.error.empty");
    }
}
