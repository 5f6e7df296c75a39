package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A fill log reads back the fills given to it, field for field, across its chunks. */
class FillLogTest {

    @Test
    void readsBackEveryFillAddedEitherWay() {
        FillLog log = new FillLog();
        List<Fill> reference = new ArrayList<>();
        Random random = new Random(9);
        String[] symbols = {"SYN", "BTCUSDT", "SPX 2026-12-18 6000 C"};
        double[] odd = {0.0, -0.0, Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE, -1e-300};
        for (int i = 0; i < 5_000; i++) {
            double fee = i % 50 == 0 ? odd[i / 50 % odd.length] : random.nextDouble();
            Fill f = new Fill(i % 11 == 3 ? 1_000_000L + i : i + 1, // some ids an exchange gave, not the fill's number
                    1L + random.nextInt(3_000) + (i % 7 == 0 ? Integer.MAX_VALUE : 0), random.nextLong(),
                    symbols[random.nextInt(symbols.length)], random.nextBoolean() ? Side.BUY : Side.SELL,
                    random.nextDouble() * 10, random.nextDouble() * 1e5, fee,
                    random.nextBoolean() ? Liquidity.MAKER : Liquidity.TAKER);
            if (random.nextBoolean()) log.add(f);
            else log.add(f.id(), f.orderId(), f.time(), f.symbol(), f.side(), f.quantity(), f.price(), f.fee(), f.liquidity());
            reference.add(f);
            if (i == 15 || i == 16 || i == 1_023 || i == 1_024 || i % 997 == 0) assertThat(log).isEqualTo(reference);
        }
        assertThat(log).hasSize(5_000).isEqualTo(reference).hasSameHashCodeAs(reference);
        for (int i = 0; i < log.size(); i += 50) {
            Fill f = log.get(i);
            // the raw bits come back: -0.0 and NaN as they went in
            assertThat(Double.doubleToRawLongBits(f.fee())).isEqualTo(Double.doubleToRawLongBits(reference.get(i).fee()));
        }
        assertThat(List.copyOf(log)).isEqualTo(reference);
        assertThatThrownBy(() -> log.get(5_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        // the fields a fill from an exchange may leave unknown come back null, as the objects kept them
        Fill unknown = new Fill(5_001, 7, 8, null, null, 1, 2, 0, null);
        log.add(unknown);
        log.add(5_002, 7, 9, "SYN", Side.SELL, 1, 2, 0, null);
        assertThat(log.get(5_000)).isEqualTo(unknown);
        assertThat(log.get(5_001)).isEqualTo(new Fill(5_002, 7, 9, "SYN", Side.SELL, 1, 2, 0, null));
    }
}
