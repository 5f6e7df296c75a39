package dev.tradewind.live.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BinanceIntervalTest {
    static long ns(String t) { return Instant.parse(t).toEpochMilli() * 1_000_000L; }

    @Test
    void nextOpen() {
        assertThat(BinanceInterval.next("1m", ns("2024-01-01T00:00:00Z"))).isEqualTo(ns("2024-01-01T00:01:00Z"));
        assertThat(BinanceInterval.next("1w", ns("2024-01-01T00:00:00Z"))).isEqualTo(ns("2024-01-08T00:00:00Z"));
        assertThat(BinanceInterval.next("1M", ns("2024-01-01T00:00:00Z"))).isEqualTo(ns("2024-02-01T00:00:00Z"));
        assertThat(BinanceInterval.next("1M", ns("2024-02-01T00:00:00Z"))).isEqualTo(ns("2024-03-01T00:00:00Z"));
        assertThatThrownBy(() -> BinanceInterval.check("2m")).hasMessageStartingWith("unknown interval '2m'");
    }
}
