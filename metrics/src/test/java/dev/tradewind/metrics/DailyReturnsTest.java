package dev.tradewind.metrics;

import static dev.tradewind.metrics.Runs.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DailyReturnsTest {

    @Test
    void lastEquityOfEachDayFirstAgainstStartingCash() {
        long[] t = times("2024-01-01T01:00:00Z", "2024-01-01T23:00:00Z", "2024-01-03T12:00:00Z");
        DailyReturns d = DailyReturns.of(Runs.run(t, 90, 110, 121), ZoneOffset.UTC);
        // days 1 Jan (ends 110) and 3 Jan (121); 2 Jan has no bars: 110 / 100 - 1, 121 / 110 - 1
        assertThat(d.time()).containsExactly(t[1], t[2]);
        assertThat(d.equity()).containsExactly(110, 121);
        assertThat(d.returns()).containsExactly(new double[] {0.1, 0.1}, within(1e-12));
    }

    @Test
    void daysAreLocalToTheZone() {
        // in New York (UTC-5 in January) 03:00Z on 2 Jan is still 1 Jan: one day ending at 121
        long[] t = times("2024-01-01T23:00:00Z", "2024-01-02T03:00:00Z");
        RunInput run = Runs.run(t, 110, 121);
        assertThat(DailyReturns.of(run, ZoneOffset.UTC).size()).isEqualTo(2);
        DailyReturns ny = DailyReturns.of(run, ZoneId.of("America/New_York"));
        assertThat(ny.equity()).containsExactly(121);
        assertThat(ny.returns()[0]).isCloseTo(0.21, within(1e-12));
    }

    @Test
    void returnAfterNonPositiveEquityIsZero() {
        DailyReturns d = DailyReturns.of(Runs.run(Runs.days("2024-01-01", 3), 0, 10, 20), ZoneOffset.UTC);
        assertThat(d.returns()).containsExactly(-1, 0, 1);
    }

    @Test
    void localDateGoingBackStaysInTheLaterDay() {
        // Goose Bay, 29 Oct 2006 00:01 -03:00 fell back to 28 Oct 23:01 -04:00 (03:01Z)
        long[] t = times("2006-10-28T15:00:00Z", "2006-10-29T03:00:30Z", "2006-10-29T03:30:00Z",
                "2006-10-29T04:30:00Z");
        DailyReturns d = DailyReturns.of(Runs.run(t, 100, 101, 102, 103), ZoneId.of("America/Goose_Bay"));
        assertThat(d.time()).containsExactly(t[0], t[3]);
    }
}
