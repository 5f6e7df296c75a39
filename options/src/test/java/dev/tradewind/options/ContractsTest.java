package dev.tradewind.options;

import dev.tradewind.model.OptionType;
import dev.tradewind.model.OptionContract;
import dev.tradewind.model.ExerciseStyle;
import dev.tradewind.model.Settlement;
import dev.tradewind.model.FutureContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ContractsTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void anOptionKnowsItsExpiryAndValueAtExpiry() {
        OptionContract c = new OptionContract("SPX", LocalDate.of(2019, 6, 28), LocalTime.of(15, 0), CHICAGO, 2900,
                OptionType.CALL, 100, ExerciseStyle.EUROPEAN, Settlement.CASH);
        assertThat(c.symbol()).isEqualTo("SPX 2019-06-28 2900 C");
        assertThat(c.expiry()).isEqualTo(ZonedDateTime.of(2019, 6, 28, 15, 0, 0, 0, CHICAGO));
        assertThat(c.intrinsic(2950)).isEqualTo(50);
        assertThat(c.intrinsic(2850)).isZero();
        long dayBefore = c.expiry().minusDays(1).toInstant().toEpochMilli();
        assertThat(c.yearsToExpiry(dayBefore)).isEqualTo(1 / 365.0);
        assertThat(c.yearsToExpiry(c.expiryEpochMillis() + 1)).isZero();
        OptionContract p = new OptionContract("NIFTY", LocalDate.of(2025, 9, 30), LocalTime.of(15, 30),
                ZoneId.of("Asia/Kolkata"), 24_712.5, OptionType.PUT, 75, ExerciseStyle.EUROPEAN, Settlement.CASH);
        assertThat(p.symbol()).isEqualTo("NIFTY 2025-09-30 24712.5 P");
    }

    @Test
    void badContractsAreRefused() {
        LocalDate d = LocalDate.of(2025, 1, 17);
        LocalTime t = LocalTime.of(9, 30);
        assertThatThrownBy(() -> new OptionContract(" ", d, t, CHICAGO, 100, OptionType.PUT, 100, ExerciseStyle.AMERICAN,
                Settlement.PHYSICAL)).hasMessage("underlying is blank");
        assertThatThrownBy(() -> new OptionContract("X", d, t, CHICAGO, 0, OptionType.PUT, 100, ExerciseStyle.AMERICAN,
                Settlement.PHYSICAL)).hasMessage("strike must be > 0, got 0.0");
        assertThatThrownBy(() -> new OptionContract("X", d, t, CHICAGO, Double.NaN, OptionType.PUT, 100,
                ExerciseStyle.AMERICAN, Settlement.PHYSICAL)).hasMessageContaining("strike must be > 0");
        assertThatThrownBy(() -> new OptionContract("X", d, t, CHICAGO, 10, OptionType.PUT, -1, ExerciseStyle.AMERICAN,
                Settlement.PHYSICAL)).hasMessage("multiplier must be > 0, got -1.0");
        assertThatThrownBy(() -> new OptionContract("X", null, t, CHICAGO, 10, OptionType.PUT, 1, ExerciseStyle.AMERICAN,
                Settlement.PHYSICAL)).hasMessageContaining("expiry");
        assertThatThrownBy(() -> new OptionContract("X", d, t, CHICAGO, 10, null, 1, ExerciseStyle.AMERICAN,
                Settlement.PHYSICAL)).hasMessageContaining("option type");
        assertThatThrownBy(() -> new FutureContract("ES", d, t, CHICAGO, 50, 0)).hasMessage("tick size must be > 0, got 0.0");
        assertThatThrownBy(() -> new FutureContract("ES", d, t, CHICAGO, Double.POSITIVE_INFINITY, 0.25))
                .hasMessageContaining("multiplier");
    }

    @Test
    void aFutureContract() {
        FutureContract es = new FutureContract("ES", LocalDate.of(2025, 12, 19), LocalTime.of(8, 30), CHICAGO, 50, 0.25);
        assertThat(es.symbol()).isEqualTo("ES 2025-12-19");
        assertThat(es.pointValue(4)).isEqualTo(200);
    }
}
