package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The day counter agrees with the JDK's calendar, in fixed-offset zones (arithmetic) and zones with DST. */
class DayCounterTest {
    @Test
    void everyTimeFallsOnTheJdksLocalDate() {
        SplittableRandom random = new SplittableRandom(7);
        for (String id : new String[] {"UTC", "+05:30", "-03:00", "America/New_York", "Asia/Tokyo", "Europe/London"}) {
            ZoneId zone = ZoneId.of(id);
            DayCounter days = new DayCounter(zone);
            long t = -2_000_000_000L * 1_000_000_000L;
            for (int i = 0; i < 200_000; i++) {
                t += random.nextLong(1, 40L * 3_600 * 1_000_000_000L);
                long expected = Instant.ofEpochSecond(Math.floorDiv(t, 1_000_000_000L)).atZone(zone).toLocalDate().toEpochDay();
                assertThat(days.day(t)).as("%s at %d", id, t).isEqualTo(expected);
            }
        }
    }
}
