package dev.tradewind.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * The data's SHA-256 is taken while the file loads only when it is kept (a store, config.json, a rerun's check): a run
 * that keeps nothing loads the same bars without hashing them, and its prepared configuration has no hash.
 */
class FingerprintChoiceTest {
    private static final String FIL = "../sample-data/FILUSDT-1m-2023-08.csv.gz";

    @Test
    void theHashIsTakenOnlyWhenAskedFor() throws Exception {
        RunConfig d = RunConfig.defaults();
        RunConfig c = new RunConfig(FIL, null, null, d.zone(), d.priceColumn(), d.badRows(), null, "2023-08-03", "sma-cross",
                null, new LinkedHashMap<>(), d.cash(), d.commission(), d.slippageBps(), d.fill(), d.instrument(), d.gaps(),
                d.factors());
        Backtester.Prepared kept = Backtester.prepare(c, true);
        Backtester.Prepared not = Backtester.prepare(c, false);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(FIL))));
        assertThat(kept.config().dataSha256()).isEqualTo(sha);
        assertThat(Backtester.prepare(c).config().dataSha256()).isEqualTo(sha);
        assertThat(not.config().dataSha256()).isNull();
        assertThat(not.bars().close()).isEqualTo(kept.bars().close());
        assertThat(not.bars().time()).isEqualTo(kept.bars().time());
        // a configuration that carries a hash is checked against the file either way
        RunConfig pinned = kept.config();
        assertThat(Backtester.prepare(pinned, false).config().dataSha256()).isEqualTo(sha);
    }
}
