package dev.tradewind.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void exponentialWithFullJitterStaysUnderTheCapAndSpreads() {
        Backoff b = Backoff.exponential(500, 60_000, new SplittableRandom(42));
        for (int attempt = 1; attempt <= 100; attempt++) {
            long cap = Math.min(60_000, 500L << Math.min(attempt - 1, 20));
            long max = 0;
            for (int k = 0; k < 200; k++) {
                long d = b.delayMillis(attempt);
                assertThat(d).isBetween(0L, cap);
                max = Math.max(max, d);
            }
            assertThat(max).as("attempt %d spreads over its window", attempt).isGreaterThan(cap / 2);
        }
    }
}
