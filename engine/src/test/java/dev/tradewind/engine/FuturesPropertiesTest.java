package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Fill;
import dev.tradewind.model.FutureContract;
import dev.tradewind.model.FutureLeg;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Futures;
import dev.tradewind.strategy.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Futures accounting over random futures traders on random daily index paths inside 2019 (ES quarterly contracts on the
 * SPX calendar): at every bar equity = cash + the underlying (untraded here) + the legs' unsettled variation (none
 * after a mark); the account's PnL equals the sum of the contracts' PnL, which is realized + unrealized from their
 * entry prices (an independent path from the variation paid into cash); no leg outlives its contract, and every
 * contract still held at its expiry settles at the close of the bar the expiry falls in.
 */
class FuturesPropertiesTest {
    private static final Instrument SPX = new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0);
    private static final long DAY = 86_400_000_000_000L;
    private static final long START = LocalDate.of(2019, 1, 2).toEpochDay() * DAY;
    private static final double CASH = 2_000_000;

    @Property(tries = 60)
    void cashPnlAndSettlementAddUp(@ForAll @LongRange(min = 1) long seed, @ForAll @IntRange(min = 10, max = 250) int n) {
        BarSeries bars = OptionsPropertiesTest.path(seed, n);
        RandomFuturesTrader trader = new RandomFuturesTrader(seed);
        FutureSettings settings = FutureSettings.es().withCarry(0.01 + (seed % 5) / 100.0, 0.015).withCosts((int) (seed % 3), 2.0);
        BacktestResult r = new Engine(EngineConfig.of(SPX, CASH)).withFutures(settings).backtest(trader, Map.of(), bars);

        for (int i = 0; i < r.bars(); i++) {
            double[] seen = trader.seen.get(i);
            assertThat(r.equity()[i]).as("bar %d: equity = cash (variation settled)", i).isCloseTo(r.cash().at(i), within(1e-6));
            assertThat(r.equity()[i]).as("bar %d: the close moved nothing after onBar", i).isCloseTo(seen[0], within(1e-6));
            assertThat(seen[0] - CASH).as("bar %d: account PnL = all futures' PnL", i).isCloseTo(seen[1], within(1e-6));
            assertThat(seen[1]).as("bar %d: all = sum of contracts", i).isCloseTo(seen[2], within(1e-6));
            assertThat(seen[3]).as("bar %d: realized all = sum of contracts", i).isCloseTo(seen[4], within(1e-6));
            assertThat(seen[1]).as("bar %d: the account's year", i).isCloseTo(seen[5], within(1e-6));
        }
        assertThat(trader.outlived).isEmpty();
        Map<Long, Order> orders = new HashMap<>();
        for (OrderRecord o : r.orders()) orders.put(o.order().id(), o.order());
        boolean settled = false, rolled = r.orders().stream().anyMatch(o -> o.order().tag().equals("roll"));
        for (Fill f : r.fills()) {
            if (!orders.get(f.orderId()).tag().equals("final settlement")) continue;
            settled = true;
            LocalDate expiry = LocalDate.parse(f.symbol().substring(3));
            int bar = (int) ((f.time() - START) / DAY);
            assertThat(LocalDate.ofEpochDay(bars.time()[bar] / DAY)).as("settled on its expiry day").isEqualTo(expiry);
            assertThat(f.price()).isEqualTo(bars.close()[bar]);
            assertThat(f.fee()).isZero();
        }
        Statistics.label("settled at expiry").collect(settled);
        Statistics.label("rolled").collect(rolled);
        Statistics.label("settled at expiry").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("rolled").coverage(c -> c.check(true).percentage(p -> p > 30));
    }

    /** Buys, sells, closes and rolls random contracts; records the account and PnL after each onBar. */
    static final class RandomFuturesTrader implements Strategy {
        /** Per bar: equity, futures PnL this year, sum of contracts' PnL, futures realized, sum of contracts' realized, account PnL. */
        final List<double[]> seen = new ArrayList<>();
        final List<String> outlived = new ArrayList<>();
        private final Map<String, FutureContract> traded = new LinkedHashMap<>();
        private final SplittableRandom rnd;

        RandomFuturesTrader(long seed) { rnd = new SplittableRandom(seed * 17 + 3); }

        @Override
        public void onBar(Context ctx) {
            Futures f = ctx.futures();
            for (FutureLeg l : f.legs()) {
                if (f.expiryTime(l.contract().expiryDate()) <= ctx.time() + DAY) outlived.add(l.contract().symbol());
            }
            LocalDate expiry = rnd.nextBoolean() ? f.front() : f.next(f.front());
            int action = rnd.nextInt(6);
            if (action <= 1) {
                traded.putIfAbsent(f.contract(expiry).symbol(), f.contract(expiry));
                if (rnd.nextBoolean()) f.buy(expiry, 1 + rnd.nextInt(3));
                else f.sell(expiry, 1 + rnd.nextInt(3));
            } else if (action == 2 && !f.legs().isEmpty()) {
                f.close(f.legs().get(rnd.nextInt(f.legs().size())));
            } else if (action == 3 && !f.legs().isEmpty()) {
                FutureLeg leg = f.legs().get(rnd.nextInt(f.legs().size()));
                traded.putIfAbsent(f.contract(f.next(leg.contract().expiryDate())).symbol(), f.contract(f.next(leg.contract().expiryDate())));
                ctx.roll(leg);
            }
            double sum = 0, sumRealized = 0;
            for (FutureContract c : traded.values()) {
                sum += f.pnl(c).thisYear().total();
                sumRealized += f.pnl(c).thisYear().realized();
            }
            seen.add(new double[] {ctx.equity(), f.pnl().thisYear().total(), sum, f.pnl().thisYear().realized(), sumRealized,
                    ctx.pnl().thisYear().total()});
        }
    }
}
