package dev.tradewind.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.model.UserError;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact statistics of the hand-made fixtures, capital 1000. Equity of alpha at the end of each weekday from
 * 2024-01-01: 1100, 1020, 1020, 1040, 1000, then flat until 1010 on 2024-02-01 (24 weekdays). Beta, 2024-01-02 ..
 * 2024-01-10: 1000, 1030, 1030, 1010, 1010, 1010, 1060. Ratios were computed independently with numpy
 * ({@code r.mean() / r.std(ddof=1) * sqrt(252)} and so on, from the equity above).
 */
class AnalysisTest {
    static final double EPS = 1e-12;
    @TempDir Path tmp;
    Analysis a;

    @BeforeEach
    void analyze() throws Exception {
        List<TradeRow> rows = new ArrayList<>();
        rows.addAll(TradeCsv.read(Fixtures.write(tmp.resolve("alpha.csv"), Fixtures.ALPHA), ZoneOffset.UTC));
        rows.addAll(TradeCsv.read(Fixtures.write(tmp.resolve("beta/trades.csv"), Fixtures.BETA), ZoneOffset.UTC));
        a = Analysis.of(rows, AnalysisOptions.DEFAULT.withCapital(1000));
    }

    @Test
    void tradeStatisticsByHand() {
        assertThat(a.names()).containsExactly("alpha", "beta");
        Summary s = a.summary(0);
        assertThat(s.trades()).isEqualTo(6);
        assertThat(s.pctWinners()).isEqualTo(0.5);
        assertThat(s.expectancy()).isCloseTo(10.0 / 6, within(EPS));
        assertThat(s.avgWin()).isCloseTo(130.0 / 3, within(EPS));
        assertThat(s.avgLoss()).isCloseTo(-40, within(EPS));
        assertThat(s.payoffRatio()).isCloseTo(130.0 / 3 / 40, within(EPS));
        assertThat(s.profitFactor()).isCloseTo(130.0 / 120, within(EPS));
        assertThat(s.longestLosingStreak()).isEqualTo(2);
        assertThat(s.netProfit()).isCloseTo(10, within(EPS));
        assertThat(s.totalReturn()).isCloseTo(0.01, within(EPS));
        Summary b = a.summary(1);
        assertThat(b.trades()).isEqualTo(3);
        assertThat(b.pctWinners()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(b.payoffRatio()).isCloseTo(40.0 / 20, within(EPS));
        assertThat(b.profitFactor()).isCloseTo(80.0 / 20, within(EPS));
        assertThat(b.longestLosingStreak()).isEqualTo(1);
    }

    @Test
    void curveStatisticsAgainstNumpy() {
        Summary s = a.summary(0);
        assertThat(s.days()).isEqualTo(24);
        assertThat(s.first()).isEqualTo("2024-01-01");
        assertThat(s.last()).isEqualTo("2024-02-01");
        assertThat(s.maxDrawdown()).isCloseTo(100.0 / 1100, within(EPS));
        assertThat(s.maxDrawdownDuration()).isCloseTo(31, within(1e-9)); // 2024-01-01 end .. never recovered, 2024-02-01 end
        assertThat(s.sharpe()).isCloseTo(0.4450053707263595, within(1e-12));
        assertThat(s.sortino()).isCloseTo(0.7254604715824938, within(1e-12));
        assertThat(s.volatility()).isCloseTo(0.4346011265953547, within(1e-12));
        assertThat(s.cagr()).isCloseTo(0.12027444812064259, within(1e-12));
        assertThat(s.pctMonthsProfitable()).isEqualTo(0.5); // January ends at 1000 (not above the capital), February at 1010
        assertThat(s.pctWeeksProfitable()).isEqualTo(0.2); // five ISO weeks, only the one of 2024-02-01 ends higher
        Summary b = a.summary(1);
        assertThat(b.days()).isEqualTo(7);
        assertThat(b.maxDrawdown()).isCloseTo(20.0 / 1030, within(EPS));
        assertThat(b.maxDrawdownDuration()).isCloseTo(6, within(1e-9)); // from the last day at the peak, 01-04, to 01-10
        assertThat(b.sharpe()).isCloseTo(5.889447751473879, within(1e-11));
        assertThat(b.sortino()).isCloseTo(18.567029702970327, within(1e-11));
        assertThat(b.volatility()).isCloseTo(0.3672923477531231, within(1e-12));
    }

    @Test
    void combinedPoolsEveryTradeInOneAccount() {
        Summary c = a.combined().summary();
        assertThat(c.trades()).isEqualTo(9);
        assertThat(c.pctWinners()).isCloseTo(5.0 / 9, within(EPS));
        assertThat(c.netProfit()).isCloseTo(70, within(EPS));
        assertThat(c.longestLosingStreak()).isEqualTo(2);
        assertThat(c.maxDrawdown()).isCloseTo(90.0 / 1100, within(EPS));
        assertThat(c.sharpe()).isCloseTo(1.6830554096019472, within(1e-12));
        assertThat(c.sortino()).isCloseTo(2.7732504964428646, within(1e-12));
        assertThat(c.volatility()).isCloseTo(0.49033483883529033, within(1e-12));
    }

    @Test
    void dailySeriesOnTheWholeGrid() {
        assertThat(a.grid().size()).isEqualTo(24);
        assertThat(a.grid().weekends()).isFalse();
        assertThat(a.periodsPerYear()).isEqualTo(252);
        assertThat(a.equity()[0]).startsWith(1100, 1020, 1020, 1040, 1000, 1000).endsWith(1000, 1010);
        assertThat(a.equity()[1]).startsWith(1000, 1000, 1030, 1030, 1010, 1010, 1010, 1060).endsWith(1060);
        assertThat(a.returns()[1][2]).isCloseTo(0.03, within(EPS));
        assertThat(a.returns()[1][0]).isZero();
        double[] combined = a.combined().equity();
        for (int d = 0; d < combined.length; d++) {
            assertThat(combined[d]).isCloseTo(a.equity()[0][d] + a.equity()[1][d] - 1000, within(EPS));
        }
        // numpy: np.cov(rA, rB, ddof=1), np.corrcoef(rA, rB)
        assertThat(a.covariance()[0][0]).isCloseTo(7.49516426e-04, within(1e-12));
        assertThat(a.covariance()[0][1]).isCloseTo(3.04657077e-05, within(1e-13));
        assertThat(a.covariance()[1][1]).isCloseTo(1.55536556e-04, within(1e-12));
        assertThat(a.correlation()[0][1]).isCloseTo(0.08922867696857063, within(1e-12));
        assertThat(a.correlation()[1][0]).isEqualTo(a.correlation()[0][1]);
        assertThat(a.correlation()[0][0]).isEqualTo(1);
    }

    @Test
    void weightsScaleEachStrategysPnl() {
        Portfolio p = a.combine(new double[] {0.5, 0});
        assertThat(p.summary().trades()).isEqualTo(6);
        assertThat(p.summary().netProfit()).isCloseTo(5, within(EPS));
        assertThat(p.summary().expectancy()).isCloseTo(5.0 / 6, within(EPS));
        assertThat(p.equity()[0]).isCloseTo(1050, within(EPS));
        assertThat(p.summary().maxDrawdown()).isCloseTo(50.0 / 1050, within(EPS));
    }

    @Test
    void weekendsAndGrouping() throws Exception {
        Path f = Fixtures.write(tmp.resolve("wk.csv"), """
                strategy,symbol,exit_time,pnl
                a,X,2024-01-05T10:00:00Z,1
                b,Y,2024-01-06T10:00:00Z,2
                a,Y,2024-01-08T10:00:00Z,3
                """);
        Analysis w = Analysis.of(TradeCsv.read(f, ZoneOffset.UTC), AnalysisOptions.DEFAULT);
        assertThat(w.grid().weekends()).isTrue();
        assertThat(w.grid().size()).isEqualTo(4);
        assertThat(w.periodsPerYear()).isEqualTo(365);
        Analysis bySymbol = Analysis.of(TradeCsv.read(f, ZoneOffset.UTC), AnalysisOptions.DEFAULT.withBy(GroupBy.SYMBOL));
        assertThat(bySymbol.names()).containsExactly("X", "Y");
        assertThat(bySymbol.summary(1).netProfit()).isEqualTo(5);
        Analysis byFile = Analysis.of(TradeCsv.read(f, ZoneOffset.UTC), AnalysisOptions.DEFAULT.withBy(GroupBy.FILE));
        assertThat(byFile.names()).containsExactly(f.toString());
        Analysis fixed = Analysis.of(TradeCsv.read(f, ZoneOffset.UTC), AnalysisOptions.DEFAULT.withPeriodsPerYear(260));
        assertThat(fixed.periodsPerYear()).isEqualTo(260);
    }

    @Test
    void emptyInputAndMissingSymbolsAreUserErrors() throws Exception {
        assertThatThrownBy(() -> Analysis.of(List.of(), AnalysisOptions.DEFAULT)).isInstanceOf(UserError.class)
                .hasMessageContaining("no trades");
        Path f = Fixtures.write(tmp.resolve("nosym.csv"), "exit_time,pnl\n2024-01-05T10:00:00Z,1\n");
        assertThatThrownBy(() -> Analysis.of(TradeCsv.read(f, ZoneOffset.UTC), AnalysisOptions.DEFAULT.withBy(GroupBy.SYMBOL)))
                .isInstanceOf(UserError.class).hasMessage(f + ":2: field 'symbol': expected a symbol to group by (--by symbol), got ''");
    }
}
