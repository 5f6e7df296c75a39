package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.futures.FutureSettings;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Fill;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.strategy.ParamSchema;
import dev.tradewind.strategy.Strategy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden backtest of the futures example on the S&P 500 daily closes the option goldens use (2016-01-04 to
 * 2020-04-17), with ES-like quarterly contracts priced by cost of carry from the index ({@link FutureSettings#es()}:
 * modelled prices, not recorded ones). A change in any number is a change in behaviour.
 */
class FuturesGoldenTest {
    private static final long DAY = 86_400_000_000_000L;

    static BacktestResult run(Map<String, String> params) throws Exception {
        ParamSchema schema = ParamSchema.of(RolledFutures.class);
        Strategy s = schema.create(params);
        EngineConfig config = EngineConfig.of(new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0), 100_000);
        return new Engine(config).withFutures(FutureSettings.es()).backtest(s, schema.values(s), OptionsGoldenTest.spx());
    }

    @Test
    void longFuturesRolledFiveTradingDaysBeforeEachExpiry() throws Exception {
        BacktestResult r = run(Map.of());
        Statistics s = Runs.stats(r);
        // 17 quarterly contracts from March 2016 to March 2020, the June 2020 one still open; the index went from 2012.66
        // to 2874.56 (+43,095 for one contract), less the carry and spread paid at each roll and the fees
        assertThat(s.trades()).isEqualTo(17);
        assertThat(s.finalEquity()).isEqualTo(139_622.5);
        assertThat(s.maxDrawdown()).isCloseTo(0.34821787657128345, within(1e-9));
        assertThat(s.sharpe()).isCloseTo(0.4960033602790986, within(1e-9));
        assertThat(s.winRate()).isCloseTo(0.8235294117647058, within(1e-12));
        assertThat(r.ordersHash()).isEqualTo("43a75f599beee060ba504250480e1e0773aa71512859bb2a26a9d800854e38f0");
        assertThat(r.orders()).allMatch(o -> o.status() == OrderStatus.FILLED).hasSize(35);
        assertThat(r.log().get(0).message()).startsWith("futures ES on SPX: MODELLED prices");

        // every roll: the Friday a week before the third-Friday expiry (five trading days left), closing and reopening
        // in the same step into the next quarter's contract
        for (int i = 1; i < r.orders().size(); i += 2) {
            Order close = r.orders().get(i).order(), roll = r.orders().get(i + 1).order();
            LocalDate expiry = LocalDate.parse(close.symbol().substring(3));
            assertThat(close.tag()).isEqualTo("close");
            assertThat(roll.tag()).isEqualTo("roll");
            assertThat(roll.time()).isEqualTo(close.time());
            assertThat(LocalDate.ofEpochDay(close.time() / DAY)).isEqualTo(expiry.minusDays(7));
            assertThat(LocalDate.parse(roll.symbol().substring(3))).isEqualTo(expiry.plusWeeks(13).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY)));
        }

        // the final equity rebuilt from the fills alone: cash paid and received at the fill prices, and the open June
        // 2020 contract at its last mark (cost of carry from 2874.56 at 2020-04-18 00:00 UTC to 2020-06-19 13:30 UTC)
        double cash = 100_000, held = 0;
        for (Fill f : r.fills()) {
            cash -= f.side().sign() * f.quantity() * f.price() * 50 + f.fee();
            held += f.side().sign() * f.quantity();
        }
        double years = (62 * 24 + 13.5) / 8760;
        double mark = Math.rint(2874.56 * Math.exp(0.005 * years) / 0.25) * 0.25;
        assertThat(held).isEqualTo(1);
        assertThat(mark).isEqualTo(2877.0);
        assertThat(cash + held * mark * 50).isCloseTo(s.finalEquity(), within(1e-6));
    }
}
