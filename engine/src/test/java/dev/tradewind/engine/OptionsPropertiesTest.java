package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OptionLeg;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.OptionChain;
import dev.tradewind.strategy.Options;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Option accounting over random option traders on random daily index paths (SPXW calendar, 2019): the position's
 * value is the sum of its legs'; equity is cash plus the legs' value at every close; every contract settles at its
 * intrinsic value from the close of the bar its expiry falls in, and no leg outlives its contract.
 */
class OptionsPropertiesTest {
    private static final Instrument SPX = new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0);
    private static final long DAY = 86_400_000_000_000L;
    private static final long START = LocalDate.of(2019, 1, 2).toEpochDay() * DAY;

    @Property(tries = 60)
    void legsEquityAndSettlementAddUp(@ForAll @LongRange(min = 1) long seed, @ForAll @IntRange(min = 10, max = 120) int n) {
        BarSeries bars = path(seed, n);
        RandomOptionTrader trader = new RandomOptionTrader(seed);
        BacktestResult r = new Engine(EngineConfig.of(SPX, 5_000_000)).withOptions(OptionSettings.spxw(0.15 + (seed % 20) / 100.0))
                .backtest(trader, Map.of(), bars);

        for (int i = 0; i < r.bars(); i++) {
            assertThat(trader.sumOfLegs.get(i)).as("bar %d: legs vs position", i).isCloseTo(trader.value.get(i), within(1e-6));
            assertThat(r.equity()[i]).as("bar %d: equity", i).isCloseTo(r.cash().at(i) + trader.value.get(i), within(1e-6));
        }
        assertThat(trader.outlived).isEmpty();
        Map<Long, Order> orders = new HashMap<>();
        for (OrderRecord o : r.orders()) orders.put(o.order().id(), o.order());
        for (Fill f : r.fills()) {
            Order o = orders.get(f.orderId());
            if (!o.tag().equals("cash settlement") && !o.tag().equals("expired worthless")) continue;
            String[] w = f.symbol().split(" "); // SPX 2019-01-04 2500 C
            double strike = Double.parseDouble(w[2]);
            double spot = bars.close()[(int) ((f.time() - START) / DAY)];
            double intrinsic = w[3].equals("C") ? Math.max(spot - strike, 0) : Math.max(strike - spot, 0);
            assertThat(f.price()).as("settlement of %s at %s", f.symbol(), spot).isCloseTo(intrinsic, within(1e-9));
            assertThat(f.fee()).isZero();
        }
    }

    static BarSeries path(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
        double price = 2500;
        for (int i = 0; i < n; i++) {
            t[i] = START + i * DAY;
            o[i] = price;
            price = Math.round(price * Math.exp(0.012 * rnd.nextGaussian()) * 100) / 100.0;
            c[i] = price;
            h[i] = Math.max(o[i], c[i]) + 3;
            l[i] = Math.min(o[i], c[i]) - 3;
            v[i] = 1;
        }
        return new BarSeries("SPX", t, o, h, l, c, v);
    }

    /** Opens, closes and rolls random legs; records the position's value and the sum of its legs after each bar. */
    static final class RandomOptionTrader implements Strategy {
        final List<Double> value = new ArrayList<>();
        final List<Double> sumOfLegs = new ArrayList<>();
        final List<String> outlived = new ArrayList<>();
        private final SplittableRandom rnd;

        RandomOptionTrader(long seed) { rnd = new SplittableRandom(seed * 31 + 7); }

        @Override
        public void onBar(Context ctx) {
            Options o = ctx.options();
            for (OptionLeg l : o.legs()) {
                if (o.expiryTime(l.contract().expiryDate()) <= ctx.time()) outlived.add(l.contract().symbol());
            }
            int action = rnd.nextInt(6);
            LocalDate expiry = o.expiryOnOrAfter(o.today().plusDays(1 + rnd.nextInt(20)));
            if (action <= 2) {
                OptionChain chain = o.chain(expiry);
                double[] k = chain.strikes();
                double strike = k[k.length / 2 + rnd.nextInt(-6, 7)];
                OptionType type = rnd.nextBoolean() ? OptionType.CALL : OptionType.PUT;
                if (rnd.nextBoolean()) o.buy(type, expiry, strike, 1 + rnd.nextInt(3));
                else o.sell(type, expiry, strike, 1 + rnd.nextInt(3));
            } else if (action == 3 && !o.legs().isEmpty()) {
                o.close(o.legs().get(rnd.nextInt(o.legs().size())));
            } else if (action == 4 && !o.legs().isEmpty()) {
                OptionLeg leg = o.legs().get(rnd.nextInt(o.legs().size()));
                if (expiry.isAfter(leg.contract().expiryDate())) o.roll(leg, expiry);
            }
            double sum = 0;
            for (OptionLeg l : o.legs()) sum += l.value();
            sumOfLegs.add(sum);
            value.add(o.value());
        }
    }
}
