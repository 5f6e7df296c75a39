package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a run writes are the same byte for byte whatever the machine's locale (the build also bans such calls). */
class LocaleIndependenceTest {
    static final String DAILY = "../sample-data/2006-day-001.txt";
    @TempDir Path tmp;

    private Path run(Locale locale, String name) throws Exception {
        Locale before = Locale.getDefault();
        Path out = tmp.resolve(name);
        Path src = tmp.resolve("BuyTwo.java");
        // 5,000 cash cannot pay for two units at ~3,600: the order is refused with "insufficient cash: needs 7..."
        Files.writeString(src, "import dev.tradewind.strategy.*;\npublic class BuyTwo implements Strategy {\n"
                + "    public void onBar(Context ctx) { if (ctx.barIndex() % 20 == 0) ctx.buy(2); }\n}\n");
        try {
            Locale.setDefault(locale);
            CliRun.of("backtest", "--data", DAILY, "--strategy", src.toString(), "--cash", "5000",
                    "--out", out.toString(), "--no-store", "-q").ok();
        } finally {
            Locale.setDefault(before);
        }
        return out;
    }

    @Test
    void germanAndTurkishLocalesWriteTheSameFiles() throws Exception {
        Path root = run(Locale.ROOT, "root");
        List<String> names;
        try (var files = Files.list(root)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("orders.csv", "results.json", "report.html");
        assertThat(Files.readString(root.resolve("orders.csv"))).contains("insufficient cash: needs 7");
        for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"))) {
            Path other = run(l, l.toLanguageTag());
            for (String n : names) {
                if (n.equals("report.html")) continue; // holds the time it was written
                assertThat(other.resolve(n)).as(n + " under " + l).hasSameBinaryContentAs(root.resolve(n));
            }
        }
    }
}
