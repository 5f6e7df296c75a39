package dev.tradewind.runner;

import static dev.tradewind.runner.RecordedOptionPricesTest.FRIDAY;
import static dev.tradewind.runner.RecordedOptionPricesTest.log;
import static dev.tradewind.runner.RecordedOptionPricesTest.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.Fill;
import dev.tradewind.model.OptionType;
import dev.tradewind.model.OrderRecord;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.options.BlackScholes;
import dev.tradewind.runner.RecordedOptionPricesTest.Script;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of recorded option prices at their edges, on the same data as {@link RecordedOptionPricesTest} (the bar of
 * Wednesday 2019-06-26 closes at 2019-06-27 00:00 UTC, 4h15 after the 15:45 New York snapshot): the maximum age, a
 * contract the recorded chain does not show, a one-sided quote, an expiry with no recording, a round trip.
 */
class RecordedOptionRulesTest {
    private static final Duration SNAPSHOT_AGE = Duration.ofHours(4).plusMinutes(15); // at Wednesday's close

    @org.junit.jupiter.api.BeforeAll
    static void importSnapshot() throws Exception { RecordedOptionPricesTest.importSnapshot(); }

    static Script putAndCall(List<Integer> strikes) {
        return new Script().at(2, ctx -> {
            strikes.add(ctx.options().chain(FRIDAY).strikes().length);
            ctx.options().sell(OptionType.PUT, FRIDAY, 2900, 1);
            ctx.options().buy(OptionType.CALL, FRIDAY, 2920, 1);
        });
    }

    @Test
    void aQuoteExactlyTheMaximumAgeOldIsUsedAndOneASecondOlderIsNot() throws Exception {
        List<Integer> strikes = new ArrayList<>();
        BacktestResult at = RecordedOptionPricesTest.run(putAndCall(strikes), SNAPSHOT_AGE);
        BacktestResult older = RecordedOptionPricesTest.run(putAndCall(strikes), SNAPSHOT_AGE.minusSeconds(1));

        assertThat(at.fills().subList(0, 2)).extracting(Fill::price).containsExactly(5.5, 11.1); // the recorded bid and ask
        // a second too old: the model's prices (18%, r 2%, q 1.5%, Wednesday's close 2913.78, 44 hours to Friday 16:00
        // New York) with the 1% half spread, a sell rounded down to the 0.05 tick and a buy up
        double years = 44.0 / (365 * 24);
        double put = BlackScholes.price(OptionType.PUT, 2913.780029, 2900, years, 0.18, 0.02, 0.015);
        double call = BlackScholes.price(OptionType.CALL, 2913.780029, 2920, years, 0.18, 0.02, 0.015);
        assertThat(older.fills().get(0).price()).isCloseTo(Math.floor(put * 0.99 / 0.05 + 1e-9) * 0.05, within(1e-8));
        assertThat(older.fills().get(1).price()).isCloseTo(Math.ceil(call * 1.01 / 0.05 - 1e-9) * 0.05, within(1e-8));
        assertThat(older.fills().get(0).price()).isNotEqualTo(5.5);
        assertThat(tags(older).subList(0, 2)).containsExactly("SPX 2019-06-28 2900 P option (modelled)", "SPX 2019-06-28 2920 C option (modelled)");
        assertThat(strikes.get(1)).as("the model's chain").isEqualTo(121);
        assertThat(strikes.get(0)).as("the recorded chain").isNotEqualTo(121);
        assertThat(log(at).get(1)).contains("(at most 4h15m old; 2 fills recorded, 0 modelled; 2 marks recorded, 2 modelled)");
        assertThat(log(older).get(1)).contains("; 0 fills recorded, 2 modelled; 0 marks recorded, 4 modelled)");
    }

    @Test
    void whatTheRecordedChainDoesNotShowIsRefusedAndAnUnrecordedExpiryIsModelled() throws Exception {
        LocalDate unrecorded = LocalDate.of(2019, 8, 7); // an SPXW Wednesday; the snapshot has 08-02 and 08-09
        List<LocalDate> seen = new ArrayList<>();
        Script s = new Script().at(2, ctx -> {
            var o = ctx.options();
            seen.add(o.expiryOnOrAfter(LocalDate.of(2019, 8, 6)));
            o.sell(OptionType.PUT, FRIDAY, 2917.5, 1); // no such strike in the file
            o.sell(OptionType.PUT, FRIDAY, 1000, 1); // 2019-06-26,2019-06-28,1000,P,0,0,2287,0.05,...: nobody bid
            o.buy(OptionType.PUT, FRIDAY, 1000, 1); // ... but someone offered at 0.05
            o.sell(OptionType.PUT, unrecorded, 2900, 1); // no quote of that expiry at all: the model
        });
        BacktestResult r = RecordedOptionPricesTest.run(s, Duration.ofDays(1));

        assertThat(seen).containsExactly(unrecorded);
        List<OrderRecord> orders = r.orders();
        assertThat(orders.get(0).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(orders.get(0).reason()).isEqualTo("no recorded bid for SPX 2019-06-28 2917.5 P at 2019-06-27T00:00:00Z: "
                + "the contract is not in the recorded chain of 2019-06-28");
        assertThat(orders.get(1).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(orders.get(1).reason()).isEqualTo("no recorded bid for SPX 2019-06-28 1000 P at 2019-06-27T00:00:00Z "
                + "(its quote of 2019-06-26T19:45:00Z: bid 0.0, ask 0.05)");
        assertThat(tags(r).subList(0, 4)).containsExactly("SPX 2019-06-28 2917.5 P option (no recorded quote)",
                "SPX 2019-06-28 1000 P option (no recorded quote)", "SPX 2019-06-28 1000 P option (recorded)",
                "SPX 2019-08-07 2900 P option (modelled)");
        assertThat(r.fills().get(0).price()).isEqualTo(0.05);
        assertThat(orders.get(3).status()).isEqualTo(OrderStatus.FILLED);
        // marks: the 1000 put's quote is one-sided (no mid), so it is marked by the model on Wednesday and Thursday and
        // settles on Friday; the August put by the model on the 7 closes from Wednesday to the end (2019-07-05)
        assertThat(log(r).get(1)).contains("(at most 1d old; 1 fills recorded, 1 modelled; 0 marks recorded, 9 modelled; "
                + "2 orders refused for want of a recorded quote), else modelled, constant volatility 18%");
    }

    @Test
    void theRecordedChainPicksAmongTheRecordedStrikesAndFallsBackToTheModelOffThem() throws Exception {
        List<String> seen = new ArrayList<>();
        Script s = new Script().at(2, ctx -> {
            var c = ctx.options().chain(FRIDAY);
            double[] k = c.strikes();
            double byDelta = c.strikeByDelta(OptionType.PUT, -0.25);
            // the strike it picks is the recorded one whose delta is nearest -0.25
            double best = Double.NaN, gap = Double.POSITIVE_INFINITY;
            for (double x : k) {
                double d = c.delta(OptionType.PUT, x);
                if (Math.abs(d + 0.25) < gap) {
                    gap = Math.abs(d + 0.25);
                    best = x;
                }
            }
            seen.add("forward " + Math.round(c.forward() * 100) / 100.0 + ", atm " + c.atmStrike() + ", 25-delta put " + byDelta
                    + " = " + best + ", premium 5.6 " + c.strikeByPremium(OptionType.PUT, 5.6));
            seen.add("2917.5 " + c.price(OptionType.PUT, 2917.5) + ", vol " + c.volatility(OptionType.PUT, 2917.5));
            seen.add("2900 vol " + c.volatility(OptionType.PUT, 2900) + ", delta " + c.delta(OptionType.PUT, 2900));
        });
        RecordedOptionPricesTest.run(s, Duration.ofDays(1));

        // put-call parity at the mids (2019-06-26,2019-06-28,2915,C,13,13.6,11,13.9 / 2915,P,29,10.1,12,10.4 / 2920,C,...,10.8,
        // ...,11.1 / 2920,P,...,12.3,...,12.6): 2915 + 13.75 - 10.25 = 2920 + 10.95 - 12.45 = 2918.5, nearest strike 2920
        assertThat(seen.get(0)).startsWith("forward 2918.5").contains(", atm 2920.0, ").contains(" = ")
                .endsWith("premium 5.6 2900.0"); // 2019-06-26,2019-06-28,2900,P,40,5.5,22,5.7: the mid 5.6 exactly
        String[] pick = seen.get(0).split("25-delta put ")[1].split(",")[0].split(" = ");
        assertThat(pick[0]).isEqualTo(pick[1]);
        // not a listed strike: the model's price (18%, Wednesday's close 2913.78, 44 hours) and volatility
        double years = 44.0 / (365 * 24);
        double model = BlackScholes.price(OptionType.PUT, 2913.780029, 2917.5, years, 0.18, 0.02, 0.015);
        assertThat(seen.get(1)).isEqualTo("2917.5 " + model + ", vol 0.18");
        // a listed one: its implied volatility, not the model's, and a put's delta in (-1, 0)
        double vol = Double.parseDouble(seen.get(2).split(" ")[2].replace(",", ""));
        double delta = Double.parseDouble(seen.get(2).split("delta ")[1]);
        assertThat(vol).isBetween(0.05, 0.5).isNotEqualTo(0.18);
        assertThat(delta).isBetween(-0.5, 0.0);
    }

    @Test
    void aRoundTripInOneBarPaysTheRecordedSpread() throws Exception {
        Script s = new Script().at(2, ctx -> {
            ctx.options().buy(OptionType.CALL, FRIDAY, 2920, 2);
            ctx.options().close(ctx.options().legs().get(0));
        });
        BacktestResult r = RecordedOptionPricesTest.run(s, Duration.ofDays(1));

        // 2019-06-26,2019-06-28,2920,C,18,10.8,56,11.1,...: bought at 11.10, sold at 10.80
        assertThat(r.fills()).extracting(Fill::price).containsExactly(11.1, 10.8);
        assertThat(tags(r)).containsExactly("SPX 2019-06-28 2920 C option (recorded)", "SPX 2019-06-28 2920 C close (recorded)");
        assertThat(r.trades()).hasSize(1);
        assertThat(r.trades().get(0).netPnl()).isCloseTo(2 * (10.8 - 11.1) * 100 - 4 * 0.65, within(1e-6)); // -62.60
        assertThat(r.finalEquity()).isCloseTo(1_000_000 - 62.60, within(1e-6));
    }
}
