package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.UserError;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weights of the hand-made alpha and beta (see {@link AnalysisTest}): net 10 and 60, max drawdown 9.09% and 1.94%. */
class WeightingTest {
    // numpy: np.cov(rA, rB, ddof=1) of the daily returns on the 24-weekday grid
    static final double VAR_A = 7.49516426e-04;
    static final double VAR_B = 1.55536556e-04;
    @TempDir Path tmp;
    Analysis a;

    @BeforeEach
    void analyze() throws Exception {
        List<TradeRow> rows = new ArrayList<>();
        rows.addAll(TradeCsv.read(Fixtures.write(tmp.resolve("alpha.csv"), Fixtures.ALPHA), ZoneOffset.UTC));
        rows.addAll(TradeCsv.read(Fixtures.write(tmp.resolve("beta/trades.csv"), Fixtures.BETA), ZoneOffset.UTC));
        a = Analysis.of(rows, AnalysisOptions.DEFAULT.withCapital(1000));
    }

    double[] weights(WeightMethod m) { return Weighting.compute(a, m, 0).weights(); }

    @Test
    void binaryByMetricAndThreshold() {
        assertThat(weights(new WeightMethod.Binary("net_profit", 0))).containsExactly(0.5, 0.5); // equal shares of the winners
        assertThat(weights(new WeightMethod.Binary("net-profit", 20))).containsExactly(0, 1);
        assertThat(weights(new WeightMethod.Binary("max_drawdown", 0.05))).containsExactly(0, 1); // lower is better
        assertThat(weights(new WeightMethod.Binary("sharpe", 10))).containsExactly(0, 0);
        assertThat(Weighting.compute(a, new WeightMethod.Binary("sharpe", 10), 0).notes())
                .containsExactly("every weight is 0: no strategy qualifies");
        assertThat(Weighting.compute(a, new WeightMethod.Binary("max_drawdown", 0.05), 0).notes())
                .containsExactly("1 of 2 series beat max_drawdown < 0.05: equal shares of 1");
        assertThatThrownBy(() -> new WeightMethod.Binary("alpha", 0)).isInstanceOf(UserError.class)
                .hasMessageStartingWith("--metric: expected one of trades, pct_winners, ").hasMessageEndingWith(", got 'alpha'");
    }

    @Test
    void equalInverseVolatilityAndRiskParity() {
        assertThat(weights(new WeightMethod.Equal())).containsExactly(0.5, 0.5);
        double ia = 1 / Math.sqrt(VAR_A);
        double ib = 1 / Math.sqrt(VAR_B);
        double[] inv = weights(new WeightMethod.InverseVolatility());
        assertThat(inv).containsExactly(new double[] {ia / (ia + ib), ib / (ia + ib)}, within(1e-8));
        // two series: equal risk contribution is inverse volatility whatever the correlation (here 0.089)
        assertThat(weights(new WeightMethod.RiskParityMethod())).containsExactly(inv, within(1e-12));
    }

    @Test
    void maxSortinoBeatsEveryMixOnAGrid() {
        double[] w = weights(new WeightMethod.MaxSortinoMethod());
        assertThat(Weighting.sum(w)).isCloseTo(1, within(1e-12));
        double best = MaxSortino.ratio(a.returns(), w);
        for (int k = 0; k <= 1000; k++) {
            assertThat(MaxSortino.ratio(a.returns(), new double[] {k / 1000.0, 1 - k / 1000.0})).isLessThanOrEqualTo(best + 1e-12);
        }
    }

    @Test
    void minWeightDropsSmallWeightsAndKeepsTheSum() {
        Weighting.Result r = Weighting.compute(a, new WeightMethod.InverseVolatility(), 0.4);
        assertThat(r.weights()).containsExactly(0, 1);
        assertThat(r.notes()).singleElement().asString().startsWith("alpha: weight 0.31").endsWith(" below --min-weight 0.4, set to 0");
        assertThatThrownBy(() -> Weighting.compute(a, new WeightMethod.Equal(), 1)).isInstanceOf(UserError.class);
    }

    @Test
    void givenWeights() {
        assertThat(weights(new WeightMethod.Given(Map.of("beta", 0.5)))).containsExactly(0, 0.5);
        assertThat(weights(new WeightMethod.Given(Map.of("alpha", 1.0, "beta", 1.0)))).containsExactly(1, 1); // any sum
        assertThatThrownBy(() -> weights(new WeightMethod.Given(Map.of("gamma", 0.5)))).isInstanceOf(UserError.class)
                .hasMessage("--weights: no series named 'gamma' (series: alpha, beta)");
        assertThatThrownBy(() -> weights(new WeightMethod.Given(Map.of("beta", -1.0)))).isInstanceOf(UserError.class);
    }

    @Test
    void methodsByName() {
        assertThat(WeightMethod.parse("Risk-Parity", "x", 0)).isEqualTo(new WeightMethod.RiskParityMethod());
        assertThat(WeightMethod.parse("inverse-vol", "x", 0)).isEqualTo(new WeightMethod.InverseVolatility());
        assertThat(WeightMethod.parse("binary", "sortino", 1.5)).isEqualTo(new WeightMethod.Binary("sortino", 1.5));
        assertThatThrownBy(() -> WeightMethod.parse("kelly", "x", 0)).isInstanceOf(UserError.class)
                .hasMessage("--method: expected one of binary, equal, inverse-vol, risk-parity, max-sortino, got 'kelly'");
    }

    @Test
    void zeroVarianceSeriesGetNoWeightAndAllLosersAreRefused() throws Exception {
        Path f = Fixtures.write(tmp.resolve("z.csv"), """
                strategy,exit_time,pnl
                flat,2024-01-02T10:00:00Z,0
                up,2024-01-02T10:00:00Z,5
                up,2024-01-03T10:00:00Z,-2
                up,2024-01-04T10:00:00Z,4
                """);
        Analysis z = Analysis.of(TradeCsv.read(f, ZoneOffset.UTC), AnalysisOptions.DEFAULT);
        Weighting.Result r = Weighting.compute(z, new WeightMethod.RiskParityMethod(), 0);
        assertThat(r.weights()).containsExactly(0, 1);
        assertThat(r.notes()).containsExactly("flat: zero variance of daily returns, weight 0");
        assertThat(Weighting.compute(z, new WeightMethod.InverseVolatility(), 0).weights()).containsExactly(0, 1);
        Path g = Fixtures.write(tmp.resolve("losers.csv"), "strategy,exit_time,pnl\na,2024-01-02T10:00:00Z,-1\nb,2024-01-03T10:00:00Z,-2\n");
        Analysis l = Analysis.of(TradeCsv.read(g, ZoneOffset.UTC), AnalysisOptions.DEFAULT);
        assertThatThrownBy(() -> Weighting.compute(l, new WeightMethod.MaxSortinoMethod(), 0)).isInstanceOf(UserError.class)
                .hasMessage("max-sortino: no strategy has a positive mean daily return, so no long-only mix has a positive Sortino ratio");
    }
}
