package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.catalog.options.CatalogPrices;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OptionLeg;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.Side;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.Options;
import dev.tradewind.strategy.Strategy;
import java.time.Duration;
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
 * Random option traders on the S&P 500 days around the 2019-06-26 SPXW snapshot, with recorded prices at a random
 * maximum age: equity is cash plus the legs' marked values at every close, the legs add up to the desk's value, every
 * fill tagged recorded is at the file's bid (a sell) or ask (a buy) of its contract, and every order the recorded
 * chain could not price was refused with the reason.
 */
class RecordedOptionPropertiesTest {
    private static final Duration[] AGES = {Duration.ZERO, Duration.ofHours(4), Duration.ofMinutes(255), Duration.ofDays(1),
            Duration.ofDays(3)};
    private static CatalogPrices prices;
    private static Map<String, double[]> file;
    private static BarSeries bars;

    static synchronized void load() throws Exception {
        if (prices != null) return;
        prices = RecordedOptionData.shared();
        file = RecordedOptionData.file();
        bars = RecordedOptionData.spx(LocalDate.of(2019, 6, 20), LocalDate.of(2019, 7, 12));
    }

    @Property(tries = 40)
    void equityIsCashPlusTheMarkedLegsAndRecordedFillsAreAtTheFilesPrices(@ForAll @LongRange(min = 1) long seed,
            @ForAll @IntRange(min = 0, max = 4) int age) throws Exception {
        load();
        Trader t = new Trader(seed);
        OptionSettings settings = OptionSettings.spxw((15 + seed % 10) / 100.0).withRecordedPrices(prices, AGES[age]);
        BacktestResult r = new Engine(EngineConfig.of(RecordedOptionPricesTest.SPX, 5_000_000)).withOptions(settings)
                .backtest(t, Map.of(), bars);

        for (int i = 0; i < r.bars(); i++) {
            assertThat(t.legs.get(i)).as("bar %d: the legs add up to the value", i).isCloseTo(t.value.get(i), within(1e-6));
            assertThat(r.equity()[i]).as("bar %d: equity", i).isCloseTo(r.cash().at(i) + t.value.get(i), within(1e-6));
        }
        Map<Long, Order> byId = new HashMap<>();
        for (OrderRecord o : r.orders()) byId.put(o.order().id(), o.order());
        int recorded = 0;
        for (Fill f : r.fills()) {
            Order o = byId.get(f.orderId());
            if (!o.tag().endsWith("(recorded)")) continue;
            recorded++;
            String[] p = f.symbol().split(" "); // SPX 2019-06-28 2900 P
            double[] q = file.get(RecordedOptionData.key(LocalDate.parse(p[1]), Double.parseDouble(p[2]),
                    p[3].equals("C") ? OptionType.CALL : OptionType.PUT));
            assertThat(f.price()).as("%s %s", f.side(), f.symbol()).isEqualTo(f.side() == Side.BUY ? q[1] : q[0]);
        }
        for (OrderRecord o : r.orders()) {
            if (o.order().tag().endsWith("(no recorded quote)")) {
                assertThat(o.status()).isEqualTo(OrderStatus.REJECTED);
                assertThat(o.reason()).startsWith("no recorded ");
            }
        }
        String last = r.log().get(r.log().size() - 1).message();
        assertThat(last).as("the counts").contains(" " + recorded + " fills recorded, ");
    }

    /**
     * Each bar: opens random legs near the money (off the listed strikes one time in eight) or closes one, up to five
     * times on the days the snapshot can be read (2019-06-26 and 06-27), else up to twice.
     */
    static final class Trader implements Strategy {
        final SplittableRandom rnd;
        final List<Double> value = new ArrayList<>();
        final List<Double> legs = new ArrayList<>();

        Trader(long seed) { rnd = new SplittableRandom(seed); }

        @Override
        public void onBar(Context ctx) {
            Options o = ctx.options();
            boolean near = o.today().isAfter(LocalDate.of(2019, 6, 25)) && o.today().isBefore(LocalDate.of(2019, 6, 28));
            for (int k = rnd.nextInt(near ? 6 : 3); k > 0; k--) {
                if (!o.legs().isEmpty() && rnd.nextInt(4) == 0) {
                    o.close(o.legs().get(rnd.nextInt(o.legs().size())));
                    continue;
                }
                LocalDate expiry = o.expiryOnOrAfter(o.today().plusDays(1 + rnd.nextInt(20)));
                double[] strikes = o.chain(expiry).strikes();
                int mid = strikes.length / 2;
                double strike = strikes[Math.max(0, Math.min(strikes.length - 1, mid + rnd.nextInt(-15, 16)))];
                if (rnd.nextInt(8) == 0) strike += 2.5;
                OptionType type = rnd.nextBoolean() ? OptionType.CALL : OptionType.PUT;
                double q = 1 + rnd.nextInt(3);
                if (rnd.nextBoolean()) o.buy(type, expiry, strike, q);
                else o.sell(type, expiry, strike, q);
            }
            value.add(o.value());
            double sum = 0;
            for (OptionLeg l : o.legs()) sum += l.value();
            legs.add(sum);
        }
    }
}
