package io.serviceculture.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceculture.core.common.InvalidInputException;
import io.serviceculture.core.kudos.CompanyValue;
import io.serviceculture.core.kudos.LoadCompanyValuesPort;
import io.serviceculture.core.kudos.Receiver;
import io.serviceculture.core.kudos.Visibility;
import io.serviceculture.core.people.MembershipPeriod;
import io.serviceculture.core.people.TeamKey;
import io.serviceculture.core.people.UserKey;
import io.serviceculture.core.reports.KudosSummaries.MonthCount;
import io.serviceculture.core.reports.KudosSummaries.PersonCount;
import io.serviceculture.core.reports.KudosSummaries.TeamCount;
import io.serviceculture.core.reports.KudosSummaries.ValueCount;
import io.serviceculture.core.testing.InMemoryDirectory;
import io.serviceculture.core.testing.InMemoryKudosExport;
import io.serviceculture.core.testing.InMemoryMembershipStore;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class KudosReportServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UserKey ANNA = UserKey.of("anna");
    private static final UserKey BEN = UserKey.of("ben");
    private static final UserKey CARL = UserKey.of("carl");
    private static final TeamKey DESK = TeamKey.of("desk");
    private static final TeamKey OPS = TeamKey.of("ops");
    private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOVEMBER_20 = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemoryKudosExport store = new InMemoryKudosExport();
    private final InMemoryMembershipStore memberships = new InMemoryMembershipStore();
    private final InMemoryDirectory directory =
            new InMemoryDirectory().withPerson("anna").withPerson("ben").withPerson("carl");
    private final LoadCompanyValuesPort values = new LoadCompanyValuesPort() {
        @Override
        public List<CompanyValue> allValues() {
            return List.of(
                    new CompanyValue("own-it", "Own it", "", true), new CompanyValue("one-team", "One team", "", true));
        }

        @Override
        public Optional<CompanyValue> findValue(String id) {
            return allValues().stream().filter(v -> v.id().equals(id)).findFirst();
        }
    };
    // pages of two kudos, so that every test also reads across page boundaries
    private final KudosReportService service = new KudosReportService(store, memberships, 2);

    @Before
    public void teams() {
        // Ben was in desk until 1 November 2026 (UTC), in ops from then on; Anna is in desk throughout; Carl in none
        memberships.with(MembershipPeriod.closed(
                BEN, DESK, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")));
        memberships.with(MembershipPeriod.open(BEN, OPS, Instant.parse("2026-11-01T00:00:00Z")));
        memberships.with(MembershipPeriod.open(ANNA, DESK, Instant.parse("2026-01-01T00:00:00Z")));
    }

    private void giveTheUsualKudos() {
        // 1: Anna to Ben and Carl, 31 October 23:30 UTC = 1 November 00:30 in Berlin, while Ben was still in desk
        store.add(
                ANNA,
                List.of(Receiver.person(BEN), Receiver.person(CARL)),
                "own-it",
                Visibility.PUBLIC,
                Instant.parse("2026-10-31T23:30:00Z"),
                "Thanks, both of you");
        // 2: Carl to Ben, private, in November (Ben in ops)
        store.add(
                CARL,
                List.of(Receiver.person(BEN)),
                "one-team",
                Visibility.PRIVATE,
                Instant.parse("2026-11-10T09:00:00Z"),
                "Private thanks");
        // 3: Ben to the desk team
        store.add(
                BEN,
                List.of(Receiver.team(DESK)),
                "one-team",
                Visibility.PUBLIC,
                Instant.parse("2026-11-12T15:00:00Z"),
                "=cmd|' /C calc'!A0");
    }

    @Test
    public void writesOneDetailRowPerReceiverWithNamesTeamsAtTheTimeAndDatesInTheReadersZone() throws IOException {
        giveTheUsualKudos();

        List<List<Object>> rows = detail(ReportFilter.everything(), false);

        assertThat(rows)
                .containsExactly(
                        List.of(
                                1L,
                                "2026-11-01T00:30:00+01:00",
                                "anna",
                                "Person anna",
                                "desk",
                                "person",
                                "ben",
                                "Person ben",
                                "desk",
                                "own-it",
                                "Own it",
                                "PUBLIC",
                                "Thanks, both of you"),
                        List.of(
                                1L,
                                "2026-11-01T00:30:00+01:00",
                                "anna",
                                "Person anna",
                                "desk",
                                "person",
                                "carl",
                                "Person carl",
                                "",
                                "own-it",
                                "Own it",
                                "PUBLIC",
                                "Thanks, both of you"),
                        List.of(
                                3L,
                                "2026-11-12T16:00:00+01:00",
                                "ben",
                                "Person ben",
                                "ops",
                                "team",
                                "desk",
                                "desk",
                                "desk",
                                "one-team",
                                "One team",
                                "PUBLIC",
                                "=cmd|' /C calc'!A0"));
    }

    @Test
    public void listsPrivateKudosOnlyWhenAnAdminAllowsTheirText() throws IOException {
        giveTheUsualKudos();

        assertThat(detail(ReportFilter.everything(), false))
                .extracting(row -> row.get(0))
                .containsExactly(1L, 1L, 3L);
        assertThat(detail(ReportFilter.everything(), true))
                .extracting(row -> row.get(0))
                .containsExactly(1L, 1L, 2L, 3L);
        assertThat(detail(ReportFilter.everything().withVisibility(Visibility.PRIVATE), false))
                .isEmpty();
        assertThat(service.countDetailRows(ReportFilter.everything(), BERLIN, false))
                .isEqualTo(3);
        assertThat(service.countDetailRows(ReportFilter.everything(), BERLIN, true))
                .isEqualTo(4);
    }

    @Test
    public void takesThePeriodInCalendarDaysOfTheReadersZoneBothEndsIncluded() throws IOException {
        giveTheUsualKudos();

        // 1 November in Berlin starts at 31 October 23:00 UTC, so kudos 1 is in it
        ReportFilter november = ReportFilter.everything()
                .withPeriod(Optional.of(LocalDate.of(2026, 11, 1)), Optional.of(LocalDate.of(2026, 11, 12)));
        ReportFilter october = ReportFilter.everything()
                .withPeriod(Optional.of(LocalDate.of(2026, 10, 1)), Optional.of(LocalDate.of(2026, 10, 31)));

        assertThat(detail(november, true)).extracting(row -> row.get(0)).containsExactly(1L, 1L, 2L, 3L);
        assertThat(detail(october, true)).isEmpty();
    }

    @Test
    public void filtersByTheTeamAReceiverWasInWhenTheKudosWasGiven() throws IOException {
        giveTheUsualKudos();

        ReportFilter desk = ReportFilter.everything().withTeam(DESK);
        ReportFilter ops = ReportFilter.everything().withTeam(OPS);

        // Ben's October kudos counts for desk, his November one for ops; the team kudos is desk's own
        assertThat(detail(desk, true))
                .extracting(row -> row.get(0) + ":" + row.get(6))
                .containsExactly("1:ben", "3:desk");
        assertThat(detail(ops, true))
                .extracting(row -> row.get(0) + ":" + row.get(6))
                .containsExactly("2:ben");
        assertThat(service.countDetailRows(desk, BERLIN, true)).isEqualTo(2);
    }

    @Test
    public void readsOnlyKudosToTheTeamOrToPeopleEverInItForATeamReport() throws IOException {
        giveTheUsualKudos();
        for (int i = 0; i < 3; i++) {
            store.add(ANNA, List.of(Receiver.person(CARL)), "own-it", Visibility.PUBLIC, NOVEMBER_20, "Thanks");
        }

        List<List<Object>> rows = detail(ReportFilter.everything().withTeam(OPS), true);

        // Ben has been in ops since November: kudos 1 (to Ben and Carl) and 2 (to Ben) are read, Carl's and desk's
        // are not; kudos 1 gives no row, as Ben was in desk when it was given
        assertThat(rows).extracting(row -> row.get(0) + ":" + row.get(6)).containsExactly("2:ben");
        assertThat(store.kudosRead()).isEqualTo(2);
    }

    @Test
    public void readsThePeriodWholeForATeamTooLargeToList() throws IOException {
        TeamKey everyone = TeamKey.of("everyone");
        for (int i = 0; i < KudosReportService.MOST_RECEIVERS_TO_LIST; i++) {
            memberships.with(MembershipPeriod.open(UserKey.of("member-" + i), everyone, JANUARY));
        }
        store.add(ANNA, List.of(Receiver.person(UserKey.of("member-7"))), "own-it", Visibility.PUBLIC, NOVEMBER_20, "");
        store.add(ANNA, List.of(Receiver.person(CARL)), "own-it", Visibility.PUBLIC, NOVEMBER_20, "Thanks");

        List<List<Object>> rows = detail(ReportFilter.everything().withTeam(everyone), true);

        assertThat(rows).extracting(row -> row.get(6)).containsExactly("member-7");
        assertThat(store.kudosRead()).isEqualTo(2);
    }

    @Test
    public void givesOnlyTheChosenReceiversRowsOfAKudosToSeveral() throws IOException {
        giveTheUsualKudos();

        List<List<Object>> rows = detail(ReportFilter.everything().withReceiver(Receiver.person(CARL)), true);

        assertThat(rows).extracting(row -> row.get(0) + ":" + row.get(6)).containsExactly("1:carl");
        assertThat(service.countDetailRows(ReportFilter.everything().withReceiver(Receiver.person(CARL)), BERLIN, true))
                .isEqualTo(1);
    }

    @Test
    public void leavesHiddenKudosOut() throws IOException {
        giveTheUsualKudos();
        store.hide(3, ANNA, Instant.parse("2026-11-13T00:00:00Z"));

        assertThat(detail(ReportFilter.everything(), true))
                .extracting(row -> row.get(0))
                .containsExactly(1L, 1L, 2L);
        assertThat(service.summarise(ReportFilter.everything(), BERLIN).kudos()).isEqualTo(2);
    }

    @Test
    public void summarisesPerPersonTeamValueAndMonthCountingPrivateKudos() {
        giveTheUsualKudos();

        KudosSummaries summaries = service.summarise(ReportFilter.everything(), BERLIN);

        assertThat(summaries.kudos()).isEqualTo(3);
        assertThat(summaries.privateKudos()).isEqualTo(1);
        assertThat(summaries.rows()).isEqualTo(4);
        // Ben received kudos 1 and 2 and gave 3; Carl received 1 and gave 2; Anna gave 1
        assertThat(summaries.people())
                .containsExactly(new PersonCount(BEN, 2, 1), new PersonCount(CARL, 1, 1), new PersonCount(ANNA, 0, 1));
        // desk received kudos 1 (through Ben) and 3, and gave 1 (Anna); ops received 2 and gave 3 (Ben);
        // no team received 1 (through Carl) and gave 2 (Carl): kudos 1 counts for desk and for no team
        assertThat(summaries.teams())
                .containsExactly(
                        new TeamCount(Optional.of(DESK), 2, 1),
                        new TeamCount(Optional.of(OPS), 1, 1),
                        new TeamCount(Optional.empty(), 1, 1));
        assertThat(summaries.values()).containsExactly(new ValueCount("one-team", 2), new ValueCount("own-it", 1));
        // kudos 1 is in November in Berlin, though in October in UTC
        assertThat(summaries.months()).containsExactly(new MonthCount(YearMonth.of(2026, 11), 3));
    }

    @Test
    public void countsAKudosOnceForATeamWhenSeveralOfItsMembersReceiveIt() {
        store.add(
                CARL,
                List.of(Receiver.person(ANNA), Receiver.person(BEN)),
                "own-it",
                Visibility.PUBLIC,
                Instant.parse("2026-06-01T10:00:00Z"),
                "Both of you in desk");

        KudosSummaries summaries = service.summarise(ReportFilter.everything(), BERLIN);

        assertThat(summaries.teams()).contains(new TeamCount(Optional.of(DESK), 1, 0));
        assertThat(summaries.rows()).isEqualTo(2);
    }

    @Test
    public void writesSummaryTablesWithNames() throws IOException {
        giveTheUsualKudos();

        List<List<Object>> people = table(ReportKind.PEOPLE, ReportFilter.everything());
        List<List<Object>> valueRows = table(ReportKind.VALUES, ReportFilter.everything());
        List<List<Object>> months = table(ReportKind.MONTHS, ReportFilter.everything());

        assertThat(people).first().isEqualTo(List.of("ben", "Person ben", 2L, 1L));
        assertThat(valueRows).containsExactly(List.of("one-team", "One team", 2L), List.of("own-it", "Own it", 1L));
        assertThat(months).containsExactly(List.of("2026-11", 3L));
    }

    @Test
    public void pagesThePreviewBetweenKudosWithTheLastKudosIdAsCursor() {
        giveTheUsualKudos();

        ReportPage first = service.preview(ReportFilter.everything(), BERLIN, true, 0, 1);
        ReportPage second = service.preview(
                ReportFilter.everything(), BERLIN, true, first.nextAfter().getAsLong(), 1);
        ReportPage last = service.preview(
                ReportFilter.everything(), BERLIN, true, second.nextAfter().getAsLong(), 5);

        // a page never splits a kudos: the first holds both rows of kudos 1 though the limit is 1
        assertThat(first.rows()).extracting(KudosReportRow::kudosId).containsExactly(1L, 1L);
        assertThat(first.nextAfter()).hasValue(1);
        assertThat(second.rows()).extracting(KudosReportRow::kudosId).containsExactly(2L);
        assertThat(last.rows()).extracting(KudosReportRow::kudosId).containsExactly(3L);
        assertThat(last.nextAfter()).isEmpty();
    }

    @Test
    public void readsTheStoreInPagesByKey() throws IOException {
        for (int i = 0; i < 7; i++) {
            store.add(
                    ANNA,
                    List.of(Receiver.person(BEN)),
                    "own-it",
                    Visibility.PUBLIC,
                    Instant.parse("2026-06-01T10:00:00Z").plusSeconds(i),
                    "Thanks " + i);
        }

        List<List<Object>> rows = detail(ReportFilter.everything(), false);

        assertThat(rows).extracting(row -> row.get(0)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        // pages of two: 2 + 2 + 2 + 1, the short page tells that the store ran out
        assertThat(store.pagesRead()).isEqualTo(4);
    }

    @Test
    public void refusesAPeriodThatEndsBeforeItStartsNamingTheField() {
        assertThatThrownBy(() -> ReportFilter.everything()
                        .withPeriod(Optional.of(LocalDate.of(2026, 11, 2)), Optional.of(LocalDate.of(2026, 11, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("service-culture.reports.error.period.order");
                    assertThat(e.field()).contains("to");
                });
    }

    private List<List<Object>> detail(ReportFilter filter, boolean privateText) throws IOException {
        CollectingSink sink = new CollectingSink();
        service.write(ReportKind.DETAIL, filter, BERLIN, privateText, new ReportNames(directory, values), sink);
        assertThat(sink.headers).isEqualTo(KudosReportService.DETAIL_COLUMNS);
        return sink.rows;
    }

    private List<List<Object>> table(ReportKind kind, ReportFilter filter) throws IOException {
        CollectingSink sink = new CollectingSink();
        service.write(kind, filter, BERLIN, false, new ReportNames(directory, values), sink);
        return sink.rows;
    }

    private static final class CollectingSink implements TableSink {
        private List<String> headers = List.of();
        private final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void columns(List<String> headerKeys) {
            headers = headerKeys;
        }

        @Override
        public void row(List<Object> cells) {
            rows.add(cells);
        }
    }
}
