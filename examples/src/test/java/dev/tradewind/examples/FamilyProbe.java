package dev.tradewind.examples;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prints golden rows for FamilyGoldenTest (run by hand with PROBE=1; asserts nothing, so it is skipped otherwise). */
class FamilyProbe {
    @Test
    void print() throws Exception {
        if (System.getenv("PROBE") == null) return;
        for (String family : Families.ALL.keySet().stream().sorted().toList()) {
            for (String symbol : Families.SYMBOLS) {
                for (String tf : Families.INTERVALS) {
                    var r = Families.run(family, Map.of(), symbol, tf);
                    var s = Runs.stats(r);
                    System.out.printf(java.util.Locale.ROOT, "ROW g(\"%s\", \"%s\", \"%s\", %d, %s, %s, %s, %s, \"%s\"),%n", family, symbol, tf, s.trades(),
                            Double.toString(s.finalEquity()), Double.toString(s.maxDrawdown()), Double.toString(s.sharpe()),
                            Double.toString(s.winRate()), r.ordersHash());
                }
            }
        }
    }
}
