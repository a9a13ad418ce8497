package io.serviceculture.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.Test;

public class WholeSecondTimestampsTest {
    @Test
    public void printsTheSecondWithTheZonesOffset() {
        // given
        WholeSecondTimestamps berlin = new WholeSecondTimestamps(ZoneId.of("Europe/Berlin"));
        WholeSecondTimestamps utc = new WholeSecondTimestamps(ZoneId.of("UTC"));

        // then: 23 November is winter time in Berlin, 1 hour ahead; the milliseconds are dropped
        assertThat(berlin.format(Instant.parse("2026-11-23T17:05:09.987Z"))).isEqualTo("2026-11-23T18:05:09+01:00");
        assertThat(utc.format(Instant.parse("2026-11-23T17:05:09.987Z"))).isEqualTo("2026-11-23T17:05:09Z");
    }

    @Test
    public void changesDateAndOffsetAcrossMidnightAndSummerTime() {
        // given one formatter fed rows in time order, as a report reads them
        WholeSecondTimestamps berlin = new WholeSecondTimestamps(ZoneId.of("Europe/Berlin"));

        // then: 00:59:59 UTC on 29 March 2026 is 01:59:59 winter time; a second later clocks jump to 03:00 summer time
        assertThat(berlin.format(Instant.parse("2026-03-28T22:59:59Z"))).isEqualTo("2026-03-28T23:59:59+01:00");
        assertThat(berlin.format(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo("2026-03-29T00:00:00+01:00");
        assertThat(berlin.format(Instant.parse("2026-03-29T00:59:59Z"))).isEqualTo("2026-03-29T01:59:59+01:00");
        assertThat(berlin.format(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("2026-03-29T03:00:00+02:00");
    }

    @Test
    public void printsWhatJavasIsoFormatterPrintsForAnyInstantAndZone() {
        // given instants from 1900 to 2100 in zones with odd offsets, in random order
        Random random = new Random(2026);
        for (String zone :
                new String[] {"Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "Europe/Dublin", "UTC"}) {
            ZoneId id = ZoneId.of(zone);
            WholeSecondTimestamps timestamps = new WholeSecondTimestamps(id);
            for (int i = 0; i < 20_000; i++) {
                Instant instant = Instant.ofEpochMilli(random.nextLong(-2_208_988_800_000L, 4_102_444_800_000L));

                // then
                String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        instant.truncatedTo(ChronoUnit.SECONDS).atZone(id));
                assertThat(timestamps.format(instant))
                        .as("%s in %s", instant, zone)
                        .isEqualTo(expected);
            }
        }
    }
}
