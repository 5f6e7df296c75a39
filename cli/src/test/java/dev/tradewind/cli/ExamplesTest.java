package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import dev.tradewind.data.CsvBarLoader;
import dev.tradewind.model.BarSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example files the README shows are real: they run as the README says, and the README shows them as they are. */
class ExamplesTest {

    @Test
    void theExamplePortfolioRunsFromTheRepositoryRootAsTheReadmeSays() throws Exception {
        Subprocess p = Subprocess.run(Subprocess.ROOT, "portfolio", "--config", "examples/portfolio.json", "--json").ok();
        JsonNode r = Json.MAPPER.readTree(p.out());
        PortfolioConfig c = Json.read(Subprocess.ROOT.resolve("examples/portfolio.json"), PortfolioConfig.class);
        assertThat(c.compliance()).isNotNull();
        assertThat(c.schedule()).isNotEmpty();
        for (PortfolioConfig.Member m : c.strategies()) {
            assertThat(r.get("strategies").has(m.id())).as(m.id()).isTrue();
            assertThat(r.get("strategies").get(m.id()).get("trades").asInt()).as(m.id()).isPositive();
        }
    }

    @Test
    void theReadmeShowsTheExamplePortfolioVerbatim() throws Exception {
        String readme = Files.readString(Subprocess.ROOT.resolve("README.md"));
        String json = Files.readString(Subprocess.ROOT.resolve("examples/portfolio.json"));
        assertThat(readme).contains("```json\n" + json + "```\n");
    }

    @Test
    void theReadmeQuickStartIsTheCompiledExampleAndBreaksOutOfThePreviousBarsChannel(@TempDir Path tmp) throws Exception {
        Path file = Subprocess.ROOT.resolve("examples/quickstart/MyBreakout.java");
        String readme = Files.readString(Subprocess.ROOT.resolve("README.md"));
        assertThat(readme).contains("```java\n" + Files.readString(file) + "```\n");

        CliRun.of("backtest", "--data", "../sample-data/FILUSDT-1m-2023-08.csv.gz", "--strategy", "../examples/quickstart/MyBreakout.java",
                "--param", "length=120", "--commission", "0.04%", "--slippage-bps", "1", "--tick", "0.001", "--lot", "0.1",
                "--out", tmp.toString(), "--no-store", "-q").ok();
        BarSeries bars = CsvBarLoader.load(Path.of("../sample-data/FILUSDT-1m-2023-08.csv.gz")).series();
        List<String> buys = Files.readAllLines(tmp.resolve("orders.csv")).stream().filter(l -> l.contains(",buy,market,")).toList();
        assertThat(buys).hasSizeGreaterThan(20);
        int belowOwnHigh = 0;
        for (String order : buys) {
            long t = Instant.parse(order.split(",")[1]).getEpochSecond() * 1_000_000_000L;
            int i = Arrays.binarySearch(bars.time(), t);
            double channel = Arrays.stream(bars.high(), i - 120, i).max().orElseThrow();
            assertThat(bars.close()[i]).as("signal at %s", order).isGreaterThan(channel);
            if (bars.close()[i] < bars.high()[i]) belowOwnHigh++;
        }
        // a channel that includes the signal bar breaks out only when a bar closes at its own high: it would miss all of these
        assertThat(belowOwnHigh).isGreaterThan(buys.size() / 4);
    }
}
