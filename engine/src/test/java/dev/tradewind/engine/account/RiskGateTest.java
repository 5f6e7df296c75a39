package dev.tradewind.engine.account;

import dev.tradewind.engine.RiskLimits;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Times;
import dev.tradewind.strategy.Block;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Each kind of block ends exactly at the next day, week or month start in the run's zone, or at its time. */
class RiskGateTest {
    static final ZoneId NY = ZoneId.of("America/New_York");
    // Wednesday 2024-01-10 15:00 in New York
    static final long WED = Times.ofInstant(Instant.parse("2024-01-10T20:00:00Z"));

    private static long ny(String local) { return Times.ofInstant(java.time.LocalDateTime.parse(local).atZone(NY).toInstant()); }

    private static long firstAllowed(Block b) {
        RiskGate gate = new RiskGate(RiskLimits.NONE, NY);
        gate.block(b, WED, "test");
        long t = WED;
        long step = 60_000_000_000L * 30;
        while (gate.refuse(t) != null) t += step;
        return t;
    }

    @Test
    void blocksEndAtCalendarBoundariesInTheZone() {
        assertThat(firstAllowed(Block.restOfDay())).isEqualTo(ny("2024-01-11T00:00"));
        assertThat(firstAllowed(Block.days(3))).isEqualTo(ny("2024-01-13T00:00"));
        assertThat(firstAllowed(Block.thisWeek())).isEqualTo(ny("2024-01-15T00:00"));
        assertThat(firstAllowed(Block.thisMonth())).isEqualTo(ny("2024-02-01T00:00"));
        assertThat(firstAllowed(Block.until(ny("2024-01-12T09:30")))).isEqualTo(ny("2024-01-12T09:30"));
    }

    @Test
    void aShorterBlockDoesNotShortenALongerOne() {
        RiskGate gate = new RiskGate(RiskLimits.NONE, NY);
        gate.block(Block.thisMonth(), WED, "month");
        gate.block(Block.restOfDay(), WED, "day");
        assertThat(gate.refuse(ny("2024-01-20T12:00"))).isEqualTo("blocked: month");
    }

    @Test
    void throttleCountsCalendarWeeks() {
        RiskGate gate = new RiskGate(RiskLimits.NONE.withSignalsPer(RiskLimits.Period.WEEK), NY);
        assertThat(gate.refuse(WED)).isNull();
        assertThat(gate.refuse(ny("2024-01-14T23:00"))).startsWith("throttled");
        assertThat(gate.refuse(ny("2024-01-15T00:30"))).isNull();
    }
}
