package dev.tradewind.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.options.OptionSettings;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.ExerciseStyle;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.OptionContract;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.Settlement;
import dev.tradewind.options.BlackScholes;
import dev.tradewind.strategy.Pnl;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PnL by period per option contract and for all options on the underlying, hand-checked on the week of
 * {@link OptionsTranscriptTest} (SPXW Friday 2019-06-28 expiry at 15:00 Chicago = 20:00 UTC; no spread, tick 0.05,
 * 0.65 per contract): a short 2900 put (expires worthless) and a long 2920 call (settles at 20.00 with SPX at 2940).
 */
class OptionsPnlTranscriptTest {
    private static final Instrument SPX = new Instrument("SPX", Instrument.Kind.SPOT, 0.01, 1, 1, 0);
    private static final LocalDate FRIDAY = LocalDate.of(2019, 6, 28);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final OptionSettings SETTINGS = new OptionSettings("SPXW", 0.2, 0, 0, 5, 20, 100, 0.05, 0, 0.65, 0.15, 0.10,
            Settlement.CASH, ExerciseStyle.EUROPEAN);
    private static final OptionContract PUT = contract(2900, OptionType.PUT);
    private static final OptionContract CALL = contract(2920, OptionType.CALL);

    static OptionContract contract(double strike, OptionType type) {
        return new OptionContract("SPX", FRIDAY, LocalTime.of(15, 0), CHICAGO, strike, type, 100, ExerciseStyle.EUROPEAN, Settlement.CASH);
    }

    /** The model price at a close {@code hours} before the expiry. */
    static double model(OptionType type, double spot, double strike, int hours) {
        return BlackScholes.price(type, spot, strike, hours / (365.0 * 24), 0.2, 0, 0);
    }

    @Test
    void eachContractsPeriodsAddUpToTheOptionsAndTheAccount() {
        List<Double> thursday = new ArrayList<>();
        List<Pnl.Period> friday = new ArrayList<>();
        Scripted s = new Scripted()
                .at(0, ctx -> {
                    ctx.options().sell(OptionType.PUT, FRIDAY, 2900, 1);
                    ctx.options().buy(OptionType.CALL, FRIDAY, 2920, 1);
                })
                .at(3, ctx -> {
                    Pnl.Period p = ctx.options().pnl(PUT).thisWeek(), c = ctx.options().pnl(CALL).thisWeek();
                    thursday.addAll(List.of(p.total(), p.realized(), p.unrealized(), c.total(), ctx.options().pnl(PUT).today().total()));
                })
                .at(4, ctx -> friday.addAll(List.of(ctx.options().pnl(PUT).thisWeek(), ctx.options().pnl(CALL).thisWeek(),
                        ctx.options().pnl().thisWeek(), ctx.pnl().thisWeek(), ctx.options().pnl(contract(2905, OptionType.PUT)).thisYear())));
        BacktestResult r = new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(SETTINGS).backtest(s, Map.of(),
                OptionsTranscriptTest.week(2940));

        double put = r.fills().get(0).price(), call = r.fills().get(1).price();
        assertThat(put).isEqualTo(Math.floor(OptionsTranscriptTest.mondayPrice(OptionType.PUT, 2900) / 0.05 + 1e-9) * 0.05, within(1e-9));
        // Thursday's onBar: the legs are valued at their last mark, Wednesday's close 44 hours before the expiry
        double putWed = model(OptionType.PUT, 2913.78, 2900, 44), callWed = model(OptionType.CALL, 2913.78, 2920, 44);
        assertThat(thursday.get(0)).isCloseTo(-(putWed - put) * 100 - 0.65, within(1e-9));
        assertThat(thursday.get(1)).isCloseTo(-0.65, within(1e-12)); // the fee: a realized loss
        assertThat(thursday.get(2)).isCloseTo(-(putWed - put) * 100, within(1e-9));
        assertThat(thursday.get(3)).isCloseTo((callWed - call) * 100 - 0.65, within(1e-9));
        assertThat(thursday.get(4)).isZero(); // nothing marked yet today

        // Friday, after settlement: everything realized; the week is the whole life of both legs
        Pnl.Period p = friday.get(0), c = friday.get(1), all = friday.get(2), account = friday.get(3);
        assertThat(p.realized()).isCloseTo(put * 100 - 0.65, within(1e-9));
        assertThat(p.unrealized()).isCloseTo(0, within(1e-9));
        assertThat(c.realized()).isCloseTo((20 - call) * 100 - 0.65, within(1e-9));
        assertThat(c.total()).isCloseTo(c.realized(), within(1e-9));
        assertThat(all.total()).isCloseTo(p.total() + c.total(), within(1e-9));
        assertThat(all.realized()).isCloseTo(p.realized() + c.realized(), within(1e-9));
        assertThat(account.total()).isCloseTo(all.total(), within(1e-6));
        assertThat(account.total()).isCloseTo(r.finalEquity() - 1_000_000, within(1e-6));
        assertThat(friday.get(4).total()).isZero(); // never traded
        assertThat(p.startDay()).isEqualTo(LocalDate.of(2019, 6, 24).toEpochDay());
    }

    @Test
    void ctxRollOfAnOptionLegIsTheDesksRollAndMovesItsPnlToTheNewContract() {
        LocalDate wednesday = LocalDate.of(2019, 6, 26);
        List<Double> seen = new ArrayList<>();
        Scripted s = new Scripted()
                .at(0, ctx -> ctx.options().sell(OptionType.CALL, wednesday, 2980, 3))
                .at(1, ctx -> ctx.roll(ctx.options().legs().get(0), FRIDAY))
                .at(3, ctx -> {
                    OptionContract old = new OptionContract("SPX", wednesday, LocalTime.of(15, 0), CHICAGO, 2980, OptionType.CALL,
                            100, ExerciseStyle.EUROPEAN, Settlement.CASH);
                    seen.add(ctx.options().pnl(old).thisWeek().unrealized());
                    seen.add(ctx.options().pnl(old).thisWeek().realized());
                    seen.add(ctx.options().pnl(contract(2980, OptionType.CALL)).thisWeek().realized());
                });
        BacktestResult r = new Engine(EngineConfig.of(SPX, 1_000_000)).withOptions(SETTINGS).backtest(s, Map.of(),
                OptionsTranscriptTest.week(2940));

        assertThat(r.orders()).extracting(o -> o.order().symbol() + " " + o.order().side() + " " + o.order().tag()).startsWith(
                "SPX 2019-06-26 2980 C SELL option", "SPX 2019-06-26 2980 C BUY close", "SPX 2019-06-28 2980 C SELL roll");
        double sold = r.fills().get(0).price(), bought = r.fills().get(1).price();
        assertThat(seen.get(0)).isZero(); // the Wednesday contract is closed
        assertThat(seen.get(1)).isCloseTo((sold - bought) * 300 - 2 * 3 * 0.65, within(1e-9));
        assertThat(seen.get(2)).isCloseTo(-3 * 0.65, within(1e-12)); // the new leg has paid its fee, nothing realized yet
    }
}
