package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.LedgerEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.Fill;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Trade;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The liquidation fee is paid once, in the liquidation fill's fee; the ledger holds only cash moved outside fills. */
class LiquidationFeeTest {
    static final long DAY = 24 * 3_600_000_000_000L;
    static final Instrument PERP = new Instrument("PERP", Instrument.Kind.FUTURE, 0.01, 1, 1, 0.1, 0.05, 0);

    @Test
    void theLiquidationFeeIsInTheFillFeeAndNotAlsoInTheLedger() {
        var bars = Scripted.series(19_723L * DAY, DAY, new double[] {100, 100, 100, 100}, new double[] {100, 100, 99, 99},
                new double[] {98, 99, 93, 95}, new double[] {95, 96, 94, 95});
        Scripted s = new Scripted().at(0, c -> c.buy(90));
        EngineConfig config = EngineConfig.of(PERP, 1_000).withCommission(new Commission(0.1, 0, 0))
                .withAccount(AccountRules.DEFAULT.withLiquidationFee(1));
        BacktestResult r = new Engine(config).backtest(s, Map.of(), bars);
        // bought 90 at 100 (fee 9.00): cash 991, settled at 99: 901; maintenance 5% of notional is met at
        // (90 x 99 - 901) / (90 x 0.95) = 93.672..., 93.67 on the tick; bar 2's low of 93 reaches it
        assertThat(r.orders().get(1).order().tag()).isEqualTo("liquidation");
        Fill liquidation = r.fills().get(1);
        assertThat(liquidation.price()).isEqualTo(93.67);
        assertThat(liquidation.fee()).isCloseTo(90 * 93.67 * (0.1 + 1) / 100, within(1e-9));
        assertThat(r.fees()).isCloseTo(9 + liquidation.fee(), within(1e-9));
        assertThat(r.ledger()).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.LIQUIDATION);
        assertThat(r.ledger().get(0).amount()).as("paid in the fill, not again outside it").isZero();
        assertThat(r.ledger().get(0).note()).contains(String.valueOf(90 * 93.67 / 100));
        Trade t = r.trades().get(0);
        assertThat(t.costs()).isCloseTo(r.fees(), within(1e-9));
        double financing = r.ledger().stream().mapToDouble(LedgerEntry::amount).sum();
        assertThat(r.finalEquity()).isCloseTo(1_000 + t.grossPnl() - r.fees() - financing, within(1e-9))
                .isCloseTo(1_000 + 90 * (93.67 - 100) - 9 - 90 * 93.67 * 0.011, within(1e-9));
    }
}
