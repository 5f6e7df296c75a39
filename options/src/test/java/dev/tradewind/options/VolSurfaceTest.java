package dev.tradewind.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Surfaces and term structures of the two whole SPXW snapshots (sample-data/chains/full). */
class VolSurfaceTest {
    static final Path FULL = Path.of("../sample-data/chains/full");

    static VolSurface surface(String name, ChainLoader.OnDuplicate d) throws Exception {
        Chain chain = ChainLoader.load(FULL.resolve(name), ChainFormat.SPXW, d);
        return VolSurface.fromChain(ChainVols.solve(chain, Double.NaN), name);
    }

    static List<VolSurface> both() throws Exception {
        return List.of(surface("spxw20190626.csv.gz", ChainLoader.OnDuplicate.FAIL),
                surface("spxw20250903.csv.gz", ChainLoader.OnDuplicate.KEEP_FIRST));
    }

    @Test
    void everyNodeGivesBackItsOwnVolatilityExactly() throws Exception {
        for (VolSurface s : both()) {
            assertThat(s.nodes()).hasSizeGreaterThan(1000);
            for (ChainVols.Point p : s.nodes()) {
                assertThat(s.vol(p.strike(), p.forward(), p.years())).as(p.toString()).isEqualTo(p.result().vol());
            }
            // out of the money where it fits: a put below the forward, a call above
            long otm = s.nodes().stream().filter(ChainVols.Point::outOfTheMoney).count();
            System.out.println(s + ": " + otm + " nodes out of the money, " + (s.nodes().size() - otm) + " in-the-money twins");
            assertThat(otm).isGreaterThan(s.nodes().size() * 9L / 10);
        }
    }

    /**
     * Between two expiries, at fixed moneyness, total variance is the straight line between the two smiles; it never
     * falls in time where the surface reports no violation, and where it reports one the fall is there.
     */
    @Test
    void totalVarianceIsLinearInTimeAndFallsOnlyWhereReported() throws Exception {
        for (VolSurface s : both()) {
            List<VolSurface.Violation> v = s.calendarViolations();
            Set<LocalDate> violatedPairs = new HashSet<>();
            for (VolSurface.Violation x : v) violatedPairs.add(x.earlier());
            int n = s.expiries().size();
            int falls = 0;
            for (int i = 0; i + 1 < n; i++) {
                double t0 = s.years(i), t1 = s.years(i + 1);
                for (double x = -0.8; x <= 0.4; x += 0.0025) {
                    double w0 = s.totalVariance(x, t0), w1 = s.totalVariance(x, t1);
                    assertThat(w0).isEqualTo(s.smileVol(i, x) * s.smileVol(i, x) * t0, within(1e-15));
                    double mid = s.totalVariance(x, 0.5 * (t0 + t1));
                    assertThat(mid).isCloseTo(0.5 * (w0 + w1), within(1e-14));
                    double prev = w0;
                    for (int k = 1; k <= 8; k++) {
                        double w = s.totalVariance(x, t0 + (t1 - t0) * k / 8);
                        if (w < prev - 1e-15) {
                            falls++;
                            assertThat(violatedPairs).as(s.expiries().get(i) + " at x " + x).contains(s.expiries().get(i));
                        }
                        prev = w;
                    }
                }
            }
            // a reported violation is real: at its moneyness, variance falls from one smile to the next
            for (VolSurface.Violation x : v) {
                int i = s.expiries().indexOf(x.earlier());
                assertThat(s.totalVariance(x.x(), s.years(i + 1))).isLessThan(s.totalVariance(x.x(), s.years(i)));
            }
            // where they are: inside both smiles' quoted range with 3 days or more to the earlier expiry, or not
            long inner = v.stream().filter(x -> {
                int i = s.expiries().indexOf(x.earlier());
                return s.years(i) >= 3 / 365.0 && inside(s, i, x.x()) && inside(s, i + 1, x.x());
            }).count();
            System.out.println(s + ": " + inner + " of the violations inside both smiles' nodes with 3+ days to go");
            System.out.println(s + ": " + v.size() + " calendar violations at smile nodes between " + violatedPairs.size()
                    + " of " + (n - 1) + " expiry pairs (" + falls + " falls on the test grid); first: "
                    + v.stream().limit(3).toList());
        }
    }

    static boolean inside(VolSurface s, int i, double x) {
        LocalDate e = s.expiries().get(i);
        double lo = s.nodes().stream().filter(p -> p.expiry().equals(e)).mapToDouble(ChainVols.Point::moneyness).min().orElseThrow();
        double hi = s.nodes().stream().filter(p -> p.expiry().equals(e)).mapToDouble(ChainVols.Point::moneyness).max().orElseThrow();
        return x >= lo && x <= hi;
    }

    @Test
    void theTermStructureIsTheSmilesAtTheMoney() throws Exception {
        for (VolSurface s : both()) {
            TermStructure ts = s.atTheMoney();
            assertThat(ts.label()).startsWith("term structure from spxw");
            assertThat(ts.size()).isEqualTo(s.expiries().size());
            for (int i = 0; i < ts.size(); i++) {
                assertThat(ts.vol(s.years(i))).isEqualTo(s.smileVol(i, 0));
                // the surface at the forward is the term structure
                assertThat(s.vol(s.forward(i), s.forward(i), s.years(i))).isEqualTo(ts.vol(s.years(i)));
            }
            for (int i = 0; i + 1 < ts.size(); i++) {
                double a = ts.years(i), b = ts.years(i + 1);
                double w = ts.totalVariance(a + 0.25 * (b - a));
                assertThat(w).isCloseTo(0.75 * ts.totalVariance(a) + 0.25 * ts.totalVariance(b), within(1e-15));
                boolean falls = ts.totalVariance(b) < ts.totalVariance(a);
                assertThat(ts.calendarViolations().contains(i)).isEqualTo(falls);
            }
            System.out.println(ts + ": ATM vols " + java.util.stream.IntStream.range(0, ts.size())
                    .mapToObj(i -> String.format(java.util.Locale.ROOT, "%s %.4f", ts.expiry(i), ts.pointVol(i))).toList()
                    + ", violations at " + ts.calendarViolations());
            // flat volatility outside the expiries
            assertThat(ts.vol(ts.years(0) / 2)).isEqualTo(ts.pointVol(0));
            assertThat(ts.vol(ts.years(ts.size() - 1) * 2)).isEqualTo(ts.pointVol(ts.size() - 1));
        }
    }

    @Test
    void constantAndGivenModelsSayWhatTheyAre() {
        assertThat(VolatilityModel.constant(0.18).label()).isEqualTo("constant volatility 18%");
        assertThat(VolatilityModel.constant(0.185).vol(1, 2, 3)).isEqualTo(0.185);
        // total variance 0.3^2 x 0.1 = 0.009 falls to 0.1^2 x 0.5 = 0.005: reported; 0.2^2 x 0.1 = 0.004 to 0.005 is not
        assertThat(TermStructure.of("given", new double[] {0.1, 0.5}, new double[] {0.3, 0.1}).calendarViolations()).containsExactly(0);
        TermStructure ts = TermStructure.of("given", new double[] {0.1, 0.5}, new double[] {0.2, 0.1});
        assertThat(ts.calendarViolations()).isEmpty();
        assertThat(ts.vol(0.3)).isCloseTo(Math.sqrt((0.004 + 0.5 * 0.001) / 0.3), within(1e-15));
    }
}
