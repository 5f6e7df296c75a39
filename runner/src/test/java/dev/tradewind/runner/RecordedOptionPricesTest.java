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
import dev.tradewind.model.Instrument;
import dev.tradewind.model.LogLine;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.options.BlackScholes;
import dev.tradewind.strategy.Context;
import dev.tradewind.strategy.OptionChain;
import dev.tradewind.strategy.Strategy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trading and marking options at recorded quotes: the whole 2019-06-26 SPXW snapshot (15:45 New York = 19:45 UTC) in a
 * catalog, the bundled S&P 500 daily bars (a bar's time is its day at 00:00 UTC and it closes at the next day's, so
 * the bar of 2019-06-26 closes 4h15 after the snapshot). Expected bids and asks are read from the CSV as text
 * ({@link RecordedOptionData#quotesFromTheFile}) and written out in the comments.
 */
class RecordedOptionPricesTest {
    static final Instrument SPX = new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0);
    static final LocalDate WEDNESDAY = LocalDate.of(2019, 6, 26);
    static final LocalDate FRIDAY = LocalDate.of(2019, 6, 28);
    static final long HOUR = 3_600_000_000_000L;

    static CatalogPrices prices;
    static Map<String, double[]> file;

    @BeforeAll
    static void importSnapshot() throws Exception {
        prices = RecordedOptionData.shared();
        file = RecordedOptionData.file();
    }

    /** Runs {@code s} on the S&P 500 days Monday 2019-06-24 .. Friday 2019-07-05 (bar 2 is Wednesday 06-26). */
    static BacktestResult run(Strategy s, Duration maxAge) throws Exception {
        BarSeries bars = RecordedOptionData.spx(LocalDate.of(2019, 6, 24), LocalDate.of(2019, 7, 5));
        return run(s, maxAge, bars);
    }

    static BacktestResult run(Strategy s, Duration maxAge, BarSeries bars) {
        OptionSettings settings = OptionSettings.spxw(0.18).withRecordedPrices(prices, maxAge);
        return new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(settings).backtest(s, Map.of(), bars);
    }

    static double bid(LocalDate expiry, double strike, OptionType type) { return file.get(RecordedOptionData.key(expiry, strike, type))[0]; }

    static double ask(LocalDate expiry, double strike, OptionType type) { return file.get(RecordedOptionData.key(expiry, strike, type))[1]; }

    static List<String> tags(BacktestResult r) { return r.orders().stream().map(o -> o.order().symbol() + " " + o.order().tag()).toList(); }

    static List<String> log(BacktestResult r) { return r.log().stream().map(LogLine::message).filter(m -> m.startsWith("options:")).toList(); }

    @Test
    void aSoldPutAndABoughtCallFillAtTheRecordedBidAndAskThenMarksFallBackToTheModel() throws Exception {
        double[] recordedPut = new double[1];
        List<String> seen = new ArrayList<>();
        Script s = new Script()
                .at(1, ctx -> { // Tuesday's bar closes at 2019-06-26 00:00 UTC, before the snapshot: the model's chain
                    OptionChain c = ctx.options().chain(FRIDAY);
                    seen.add("tuesday " + c.strikes().length + " strikes");
                })
                .at(2, ctx -> {
                    OptionChain c = ctx.options().chain(FRIDAY);
                    recordedPut[0] = c.price(OptionType.PUT, 2900);
                    seen.add("wednesday " + c.strikes().length + " strikes");
                    ctx.options().sell(OptionType.PUT, FRIDAY, 2900, 1);
                    ctx.options().buy(OptionType.CALL, FRIDAY, 2920, 1);
                });
        BacktestResult r = run(s, Duration.ofDays(1));

        // spxw20190626.csv.gz: 2019-06-26,2019-06-28,2900,P,40,5.5,22,5.7,...  and  2019-06-26,2019-06-28,2920,C,18,10.8,56,11.1,...
        assertThat(bid(FRIDAY, 2900, OptionType.PUT)).isEqualTo(5.5);
        assertThat(ask(FRIDAY, 2920, OptionType.CALL)).isEqualTo(11.1);
        long fridayStrikes = file.keySet().stream().filter(k -> k.startsWith("2019-06-28 ") && k.endsWith(" C")).count();
        assertThat(seen).containsExactly("tuesday 121 strikes", "wednesday " + fridayStrikes + " strikes");
        assertThat(recordedPut[0]).isEqualTo(5.6); // the mid
        assertThat(r.fills()).extracting(Fill::symbol, Fill::price, Fill::fee).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-28 2900 P", 5.5, 0.65),
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-28 2920 C", 11.1, 0.65),
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-28 2900 P", 0.0, 0.0), // Friday's close 2941.76: worthless
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-28 2920 C", 2941.76001 - 2920, 0.0)); // 21.76001
        assertThat(tags(r)).containsExactly("SPX 2019-06-28 2900 P option (recorded)", "SPX 2019-06-28 2920 C option (recorded)",
                "SPX 2019-06-28 2900 P expired worthless", "SPX 2019-06-28 2920 C cash settlement");

        // Wednesday's close: cash 1,000,000 + 550 - 1,110 - 1.30 = 999,438.70; legs at the mids, -5.60 x 100 + 10.95 x 100
        assertThat(r.cash().at(2)).isCloseTo(999_438.70, within(1e-6));
        assertThat(r.equity()[2]).isCloseTo(999_438.70 - 560 + 1_095, within(1e-6));
        // Thursday's bar closes 28h15 after the snapshot, beyond the maximum age of a day: the legs are marked by the
        // model (Black-Scholes-Merton, 18%, r 2%, q 1.5%, at Thursday's close 2924.92, 20 hours to Friday's 16:00 New York)
        double years = 20.0 / (365 * 24);
        double put = BlackScholes.price(OptionType.PUT, 2924.919922, 2900, years, 0.18, 0.02, 0.015);
        double call = BlackScholes.price(OptionType.CALL, 2924.919922, 2920, years, 0.18, 0.02, 0.015);
        assertThat(r.equity()[3]).isCloseTo(999_438.70 + 100 * (call - put), within(1e-6));
        // Friday: settled at the close, 2941.76 (the call for 21.76 x 100)
        assertThat(r.finalEquity()).isCloseTo(999_438.70 + 2_176.001, within(1e-6));
        assertThat(log(r)).containsExactly(
                "options: prices recorded quotes from " + prices.name() + " (at most 1d old), else modelled, constant volatility 18%",
                "options: prices recorded quotes from " + prices.name() + " (at most 1d old; 2 fills recorded, 0 modelled; "
                        + "2 marks recorded, 2 modelled), else modelled, constant volatility 18%");
    }

    @Test
    void aZeroDayTradeAtRecordedPricesSettlesAtThatDaysClose() throws Exception {
        // Three bars of 15 minutes (the series' spacing): Tuesday's S&P close (ends 2019-06-25 16:00 New York);
        // Wednesday 15:30-15:45 at the snapshot's underlying mid, (2917.80 + 2918.42) / 2 = 2918.11 (the file's
        // underlying_bid_1545 and underlying_ask_1545), one price; Wednesday 15:45-16:00 at that day's S&P close
        // 2913.78, the close SPXW PM-settle at. Each bar is one price: only closes price options.
        BarSeries daily = RecordedOptionData.spx(LocalDate.of(2019, 6, 25), LocalDate.of(2019, 6, 26));
        double tuesday = daily.close()[0], wednesday = daily.close()[1];
        assertThat(tuesday).isEqualTo(2917.379883);
        assertThat(wednesday).isEqualTo(2913.780029);
        long q = 15 * 60_000_000_000L;
        long[] time = {nanos(2019, 6, 25, 16, 0) - q, RecordedOptionData.SNAPSHOT_TIME - q, RecordedOptionData.SNAPSHOT_TIME};
        double[] close = {tuesday, 2918.11, wednesday};
        BarSeries bars = new BarSeries("SPX", time, close, close, close, close, new double[] {1, 1, 1});

        List<String> seen = new ArrayList<>();
        Script s = new Script()
                .at(0, ctx -> seen.add("tuesday " + ctx.options().chain(WEDNESDAY).strikes().length + " strikes")) // the model's
                .at(1, ctx -> {
                    seen.add("wednesday put " + ctx.options().chain(WEDNESDAY).price(OptionType.PUT, 2915));
                    ctx.options().sell(OptionType.PUT, WEDNESDAY, 2915, 1);
                    ctx.options().buy(OptionType.CALL, WEDNESDAY, 2910, 1);
                });
        BacktestResult r = run(s, Duration.ZERO, bars); // a quote is used only at its own time

        // spxw20190626.csv.gz: 2019-06-26,2019-06-26,2915,P,38,0.35,41,0.5,...  and  2019-06-26,2019-06-26,2910,C,5,7.6,61,10.3,...
        assertThat(bid(WEDNESDAY, 2915, OptionType.PUT)).isEqualTo(0.35);
        assertThat(ask(WEDNESDAY, 2910, OptionType.CALL)).isEqualTo(10.3);
        assertThat(seen).containsExactly("tuesday 121 strikes", "wednesday put 0.425");
        assertThat(r.fills()).extracting(Fill::symbol, Fill::side, Fill::price).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-26 2915 P", dev.tradewind.model.Side.SELL, 0.35),
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-26 2910 C", dev.tradewind.model.Side.BUY, 10.3),
                // settled at 16:00 on the day's close 2913.780029: the put is 2915 - 2913.780029 = 1.219971 in the money,
                // the call 3.780029
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-26 2915 P", dev.tradewind.model.Side.BUY, 2915 - 2913.780029),
                org.assertj.core.groups.Tuple.tuple("SPX 2019-06-26 2910 C", dev.tradewind.model.Side.SELL, 2913.780029 - 2910));
        assertThat(r.fills().get(2).price()).isCloseTo(1.219971, within(1e-9));
        assertThat(tags(r)).containsExactly("SPX 2019-06-26 2915 P option (recorded)", "SPX 2019-06-26 2910 C option (recorded)",
                "SPX 2019-06-26 2915 P cash settlement", "SPX 2019-06-26 2910 C cash settlement");
        // at 15:45: cash 1,000,000 + 35 - 1,030 - 1.30 = 999,003.70; legs at the mids: -0.425 x 100 + 8.95 x 100
        assertThat(r.cash().at(1)).isCloseTo(999_003.70, within(1e-6));
        assertThat(r.equity()[1]).isCloseTo(999_003.70 - 42.5 + 895, within(1e-6));
        // at 16:00: - 121.9971 + 378.0029, no fee at expiry; nothing open, so equity is cash
        assertThat(r.cash().at(2)).isCloseTo(999_003.70 - 121.9971 + 378.0029, within(1e-6));
        assertThat(r.finalEquity()).isCloseTo(999_259.7058, within(1e-6));
        assertThat(log(r).get(1)).contains("(at most 0s old; 2 fills recorded, 0 modelled; 2 marks recorded, 0 modelled)");
    }

    @Test
    void theShortStraddleExampleSellsAtTheRecordedBidsThenAtTheModelsOnceTheSnapshotIsOld() throws Exception {
        BarSeries bars = RecordedOptionData.spx(WEDNESDAY, LocalDate.of(2019, 7, 1));
        BacktestResult r = run(new dev.tradewind.examples.ShortStraddle(), Duration.ofDays(1), bars);

        // Wednesday: the first expiry 5 days out is Monday 2019-07-01; its put-call parity forward is about 2918.7
        // (2915 + 24.65 - 20.95, 2920 + 21.85 - 23.15 at the mids), so the strike at the money is 2920:
        // 2019-06-26,2019-07-01,2920,C,37,21.7,16,22,...  and  2019-06-26,2019-07-01,2920,P,14,23,14,23.3,...
        LocalDate monday = LocalDate.of(2019, 7, 1);
        assertThat(bid(monday, 2920, OptionType.CALL)).isEqualTo(21.7);
        assertThat(bid(monday, 2920, OptionType.PUT)).isEqualTo(23.0);
        assertThat(tags(r).subList(0, 4)).containsExactly("SPX 2019-07-01 2920 C option (recorded)", "SPX 2019-07-01 2920 P option (recorded)",
                "SPX 2019-07-01 2920 C cash settlement", "SPX 2019-07-01 2920 P expired worthless");
        assertThat(r.fills().subList(0, 4)).extracting(Fill::price).containsExactly(21.7, 23.0, 2964.330078 - 2920, 0.0);
        // Monday's close settles them (call 44.33 in the money), then the straddle of 2019-07-08 is sold at the model's
        assertThat(r.orders().subList(4, 6)).allMatch(o -> o.order().tag().equals("option (modelled)") && o.status() == OrderStatus.FILLED);
        assertThat(r.trades().get(0).netPnl() + r.trades().get(1).netPnl()).isCloseTo((21.7 + 23.0 - 44.330078) * 100 - 1.30, within(1e-6));
        assertThat(log(r).get(1)).contains("(at most 1d old; 2 fills recorded, 2 modelled; 2 marks recorded, 6 modelled)");
    }

    @Test
    void overFourYearsTheRunIsTheModelledGoldenUntilTheSnapshotsDay() throws Exception {
        // the ShortStraddle golden's data and settings (OptionsGoldenTest, examples), once modelled, once with the recorded
        // quotes of 2019-06-26 at most a day old: every order before that day is the same, only its tag says "modelled"
        BarSeries bars = RecordedOptionData.spx(LocalDate.of(2016, 1, 4), LocalDate.of(2020, 4, 17));
        BacktestResult modelled = new Engine(EngineConfig.of(SPX, 100_000)).withOptions(OptionSettings.spxw(0.18))
                .backtest(new dev.tradewind.examples.ShortStraddle(), Map.of(), bars);
        BacktestResult recorded = new Engine(EngineConfig.of(SPX, 100_000))
                .withOptions(OptionSettings.spxw(0.18).withRecordedPrices(prices, Duration.ofDays(1)))
                .backtest(new dev.tradewind.examples.ShortStraddle(), Map.of(), bars);

        assertThat(modelled.ordersHash()).isEqualTo("11ec2a23653aa0b382aafecb729ad0affd905c49eb332c075595c6b79ac4687d"); // the golden's
        long day = WEDNESDAY.toEpochDay() * RecordedOptionData.DAY;
        int before = (int) modelled.orders().stream().filter(o -> o.order().time() < day).count();
        assertThat(before).isGreaterThan(400);
        for (int i = 0; i < before; i++) {
            OrderRecord m = modelled.orders().get(i), r = recorded.orders().get(i);
            assertThat(r.order().time()).isEqualTo(m.order().time());
            assertThat(r.order().symbol()).isEqualTo(m.order().symbol());
            assertThat(r.averageFillPrice()).isEqualTo(m.averageFillPrice());
            String tag = m.order().tag();
            assertThat(r.order().tag()).isEqualTo(tag.equals("option") || tag.equals("close") ? tag + " (modelled)" : tag);
        }
        for (int i = 0; i < modelled.bars() && modelled.time()[i] < day; i++) {
            assertThat(recorded.equity()[i]).isEqualTo(modelled.equity()[i]);
        }
        // the straddle sold on 2019-06-24 (2945, expiring 2019-07-01) is open on the 26th, whose close marks its legs at
        // the recorded mids: 2019-06-26,2019-07-01,2945,C,105,10.5,22,10.8,...  and  ...,2945,P,4,36.8,4,37.2,...
        assertThat(recorded.orders().get(before - 2).order().symbol()).isEqualTo("SPX 2019-07-01 2945 C");
        assertThat(recorded.orders().get(before - 1).order().symbol()).isEqualTo("SPX 2019-07-01 2945 P");
        int wednesday = java.util.Arrays.binarySearch(recorded.time(), day);
        assertThat(recorded.equity()[wednesday]).isCloseTo(recorded.cash().at(wednesday) - 100 * (10.65 + 37.0), within(1e-6));
        assertThat(modelled.equity()[wednesday]).isNotCloseTo(recorded.equity()[wednesday], within(1.0));
        assertThat(log(recorded).get(1)).contains("(at most 1d old; 0 fills recorded, 512 modelled; 2 marks recorded, 2112 modelled)");
    }

    static long nanos(int y, int m, int d, int h, int min) { return RecordedOptionData.nanos(ZonedDateTime.of(y, m, d, h, min, 0, 0, RecordedOptionData.NY)); }

    /** A strategy of actions by bar index. */
    static final class Script implements Strategy {
        final Map<Integer, List<Consumer<Context>>> actions = new HashMap<>();

        Script at(int bar, Consumer<Context> action) {
            actions.computeIfAbsent(bar, b -> new ArrayList<>()).add(action);
            return this;
        }

        @Override
        public void onBar(Context ctx) {
            for (Consumer<Context> a : actions.getOrDefault(ctx.barIndex(), List.of())) a.accept(ctx);
        }
    }
}
