package dev.tradewind.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Times;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The fixed-offset fast path of {@link LocalDays#days} gives the day of each bar's own offset and date. */
class LocalDaysTest {

    @Property(tries = 200)
    void fixedOffsetDaysAreEachBarsLocalDate(@ForAll long seed, @ForAll @IntRange(min = -14 * 3600, max = 14 * 3600) int offset) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(500);
        long[] time = new long[n];
        long t = random.nextLong(-3_000_000_000L, 3_000_000_000L) * Times.NANOS_PER_SECOND + random.nextLong(1_000_000_000L);
        for (int i = 0; i < n; i++) {
            t += random.nextInt(4) == 0 ? random.nextLong(3 * 86_400L * Times.NANOS_PER_SECOND) : random.nextLong(120L * Times.NANOS_PER_SECOND);
            time[i] = t;
        }
        ZoneId zone = ZoneOffset.ofTotalSeconds(offset);
        long[] days = LocalDays.days(time, n, zone);
        for (int i = 0; i < n; i++) {
            long expected = java.time.Instant.ofEpochSecond(Math.floorDiv(time[i], Times.NANOS_PER_SECOND)).atZone(zone).toLocalDate().toEpochDay();
            assertThat(days[i]).as("bar %d at %d", i, time[i]).isEqualTo(expected);
        }
        assertThat(Arrays.copyOf(days, n)).isSorted();
    }
}
