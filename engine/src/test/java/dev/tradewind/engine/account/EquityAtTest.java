package dev.tradewind.engine.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Liquidity;
import dev.tradewind.model.Side;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The equity of a stretch of closes at once is {@link Portfolio#equityAt(double)} of each, bit for bit. */
class EquityAtTest {

    @ParameterizedTest
    @EnumSource(value = Instrument.Kind.class, names = {"SPOT", "FUTURE"})
    void aStretchIsMarkedExactlyAsBarByBar(Instrument.Kind kind) {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            double multiplier = trial % 3 == 0 ? 1 : 0.5 + random.nextInt(100) / 7.0;
            Portfolio p = new Portfolio(new Instrument("X", kind, 0.001, 0.001, multiplier, 0.1), 1_000 + random.nextDouble() * 1e6,
                    new TradeTracker("X", t -> {}));
            double price = 0.01 + random.nextDouble() * 5_000;
            int fills = random.nextInt(4); // none: flat, else long or short after some trading
            for (int f = 0; f < fills; f++) {
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                p.apply(new Fill(f + 1, f + 1, 0, "X", side, 0.001 + random.nextDouble() * 3, price * (0.9 + random.nextDouble() / 5),
                        random.nextDouble(), Liquidity.TAKER), f);
            }
            p.mark(price);
            double[] closes = new double[64];
            for (int i = 0; i < closes.length; i++) closes[i] = price * (0.5 + random.nextDouble());
            double[] out = new double[closes.length];
            int from = random.nextInt(10);
            int to = from + random.nextInt(closes.length - from);
            p.equityAt(closes, from, to, out);
            for (int i = from; i < to; i++) {
                assertThat(Double.doubleToRawLongBits(out[i])).as("trial %d bar %d", trial, i)
                        .isEqualTo(Double.doubleToRawLongBits(p.equityAt(closes[i])));
            }
        }
    }
}
