package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link Times#format} writes what {@link DateTimeFormatter#ISO_INSTANT} writes, for any time. */
class TimesFormatTest {
    private static String iso(long nanos) {
        return DateTimeFormatter.ISO_INSTANT.format(Times.toInstant(nanos).atOffset(ZoneOffset.UTC));
    }

    @Property(tries = 20_000)
    void anyTime(@ForAll long nanos) {
        assertThat(Times.format(nanos)).isEqualTo(iso(nanos));
    }

    @Property(tries = 20_000)
    void marketTimes(@ForAll @LongRange(min = -2_208_988_800_000L, max = 4_102_444_800_000L) long millis,
            @ForAll @LongRange(min = 0, max = 999_999) long extraNanos, @ForAll boolean whole) {
        long nanos = whole ? millis / 1000 * Times.NANOS_PER_SECOND : millis * Times.NANOS_PER_MILLI + extraNanos;
        assertThat(Times.format(nanos)).isEqualTo(iso(nanos));
    }

    @Test
    void edges() {
        long[] xs = {0, -1, 1, 1_000_000, 1_000, Times.NANOS_PER_SECOND - 1, 1_690_848_000_000_000_000L, Long.MIN_VALUE,
            Long.MAX_VALUE};
        for (long x : xs) assertThat(Times.format(x)).as("%d", x).isEqualTo(iso(x));
        assertThat(Times.format(1_690_848_000_000_000_000L)).isEqualTo("2023-08-01T00:00:00Z");
        assertThat(Times.format(1_690_848_000_500_000_000L)).isEqualTo("2023-08-01T00:00:00.500Z");
    }
}
