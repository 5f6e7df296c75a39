package dev.tradewind.catalog.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.options.Black76;
import dev.tradewind.options.Chain;
import dev.tradewind.options.ChainVols;
import dev.tradewind.options.ImpliedVol;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every quote of both whole SPXW snapshots, read back from the catalog: the Black-76 volatility solved from each
 * two-sided mid (on the expiry's parity forward, at the rate the snapshot's parity implies) reprices that mid, and the
 * quotes where no volatility fits are counted by the reason the solver gives.
 */
class StoredMidsImpliedVolTest {
    @Test
    void volatilitiesFromStoredMidsReproduceTheMids(@TempDir Path dir) {
        try (OptionCatalog c = OptionCatalogTest.imported(dir)) {
            Map<String, Integer> r2019 = check(c, OptionCatalogTest.AT_2019);
            Map<String, Integer> r2025 = check(c, OptionCatalogTest.AT_2025);
            // 10,384 quotes; 5,720 after the 2025 file's 352 repeated quotes are skipped
            assertThat(r2019).isEqualTo(Map.of("FIT", 9247, "BELOW_INTRINSIC", 431, "NO_TWO_SIDED_QUOTE", 706));
            assertThat(r2025).isEqualTo(Map.of("FIT", 5139, "BELOW_INTRINSIC", 266, "NO_TWO_SIDED_QUOTE", 315));
        }
    }

    private static Map<String, Integer> check(OptionCatalog c, long at) {
        Chain chain = OptionCatalog.toChain("SPX", c.chainAt(OptionFilter.all("SPX"), at), ZoneId.of("America/New_York"));
        ChainVols vols = ChainVols.solve(chain, Double.NaN);
        double worst = 0;
        Map<String, Integer> shortBelow = new TreeMap<>();
        for (ChainVols.Point p : vols.points()) {
            String what = p.expiry() + " " + p.strike() + " " + p.type();
            switch (p.result().status()) {
                case FIT -> {
                    double back = Black76.price(p.type(), p.forward(), p.strike(), p.years(), p.result().vol(), vols.rate());
                    assertThat(back).as(what).isCloseTo(p.mid(), within(1e-12 * p.forward()));
                    worst = Math.max(worst, Math.abs(back - p.mid()));
                }
                case BELOW_INTRINSIC -> {
                    // the mid is below the discounted intrinsic value on the parity forward; the ask is above it
                    double intrinsic = Math.exp(-vols.rate() * p.years()) * p.type().intrinsic(p.forward(), p.strike());
                    assertThat(p.mid()).as(what).isLessThan(intrinsic);
                    shortBelow.merge(p.years() < 3 / 365.0 ? "under 3 days" : "3 days or more", 1, Integer::sum);
                }
                default -> throw new AssertionError(what + ": " + p.result());
            }
            assertThat(p.result().status() == ImpliedVol.Status.FIT).isEqualTo(p.result().fits());
        }
        System.out.printf(java.util.Locale.ROOT, "%s: rate %.4f, %s, below intrinsic by time to expiry %s, worst |repriced - mid| %.2e%n",
                chain.quoteTime(), vols.rate(), vols.counts(), shortBelow, worst);
        return vols.counts();
    }
}
