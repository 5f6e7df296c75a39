package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.runner.Json;
import dev.tradewind.runner.PortfolioConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research loop of {@code examples/research/run}, run in process: the {@code tw} lines of the script's {@code loop}
 * function, with the arguments of each {@code loop} call, in order (the candidates' data paths made absolute, since
 * tests run in {@code cli/}). Golden: the winners, the production config's weights, and the statistics in sample and
 * out of sample. A change in any value is a change in behaviour of batch, analyze, weight or portfolio (or of a
 * family): explain it in the commit that updates it.
 */
class ResearchLoopTest {
    private static final Path SCRIPT = Subprocess.ROOT.resolve("examples/research/run");

    @TempDir Path tmp;

    @Test
    void cryptoFamiliesOnFiveIntervalsAndTwoSymbols() throws Exception {
        assertThat(summary(run("crypto"))).isEqualTo("""
                candidates 50, winners 8: volatility-breakout/FILUSDT/1m volatility-breakout/FILUSDT/3m \
                volatility-breakout/FILUSDT/5m volatility-breakout/FILUSDT/15m volatility-breakout/FILUSDT/1h \
                reversal-breakout/FILUSDT/15m reversal-breakout/NEARUSDT/3m reversal-breakout/NEARUSDT/15m
                production: volatility-breakout/FILUSDT/3m=0.2570015069 reversal-breakout/FILUSDT/15m=0.2274315413 \
                reversal-breakout/NEARUSDT/3m=0.5155669517
                in-sample account: final_equity 10128.46727 max_drawdown 0.009423704807 sharpe 3.386090471 sortino 11.38659016
                in-sample volatility-breakout/FILUSDT/3m: trades 11 orders bdf8f740824f340621addfaa3545353a41acd9e5e1f3f426b4fabe61fd448ed2
                in-sample reversal-breakout/FILUSDT/15m: trades 10 orders a3073fe8df982f2f043a16514bf82eb1d150bc696c9d680fe131ea3ad6aab2e0
                in-sample reversal-breakout/NEARUSDT/3m: trades 11 orders 2e578efec35475db391beea37f3c89b7f3ce4b70f6dceb85005b3fde1d2ab8e0
                out-of-sample account: final_equity 9857.261619 max_drawdown 0.02181318721 sharpe -7.260269411 sortino -7.691068386
                out-of-sample volatility-breakout/FILUSDT/3m: trades 7 orders 07933f664656899cdfffd1b07623104ffe73779310ad1a2cbebf44370b5fe54c
                out-of-sample reversal-breakout/FILUSDT/15m: trades 7 orders 10ad9e71de1038078fc797ce8084d2eb1332359cebb142c5e0299c6a8b0ac1de
                out-of-sample reversal-breakout/NEARUSDT/3m: trades 7 orders 1abe5004ef4fffbe52ee5050d18acece928e10807942ccf936ef0fb5cdde6953
                in-sample/trades.csv: trades 32.00000000 pct_winners 0.4687500000 expectancy 4.014602210 avg_win 22.25132987 \
                avg_loss -12.07662808 net_profit 128.4672707 max_drawdown 0.004160180406 sortino 19.20833791 \
                pct_months_profitable 1.000000000 pct_weeks_profitable 0.6666666667
                out-of-sample/trades.csv: trades 21.00000000 pct_winners 0.2380952381 expectancy -6.797065785 avg_win 26.52156743 \
                avg_loss -17.20913866 net_profit -142.7383815 max_drawdown 0.01717299816 sortino -9.806499795 \
                pct_months_profitable 0.000000000 pct_weeks_profitable 0.000000000
                """);
    }

    @Test
    void sp500DailySupportResistanceBreakouts() throws Exception {
        assertThat(summary(run("sp500"))).isEqualTo("""
                candidates 6, winners 3: sr-breakout-t3-both/SP500/1d sr-breakout-t3-long/SP500/1d sr-breakout-t3-short/SP500/1d
                production: sr-breakout-t3-long/SP500/1d=0.6424182665 sr-breakout-t3-short/SP500/1d=0.3575817335
                in-sample account: final_equity 10802.10852 max_drawdown 0.03676736762 sharpe 0.3654032063 sortino 0.5235418779
                in-sample sr-breakout-t3-long/SP500/1d: trades 32 orders b8788b207e19de3aa69ab4a88d6dd80ab51e2fa7e01b16e39353741211bafd60
                in-sample sr-breakout-t3-short/SP500/1d: trades 28 orders 0d34e6b8a94c938ad6f4518b85cefeae8518bcbdee67080751d06194fd1af968
                out-of-sample account: final_equity 10191.57193 max_drawdown 0.02501779111 sharpe 0.2307876404 sortino 0.3702125963
                out-of-sample sr-breakout-t3-long/SP500/1d: trades 10 orders 1180179e6f4b6dd9816b0b7f872a73a9953a7563bd8249a540161df676365599
                out-of-sample sr-breakout-t3-short/SP500/1d: trades 24 orders a52fde7dc6482f556e2cc7c13b08e1a804661043e8c6f6b12f52ff0901f75cfc
                in-sample/trades.csv: trades 60.00000000 pct_winners 0.4333333333 expectancy 13.36847528 avg_win 89.29672570 \
                avg_loss -44.69430446 net_profit 802.1085167 max_drawdown 0.03500275414 sortino 0.7801967202 \
                pct_months_profitable 0.1552795031 pct_weeks_profitable 0.03730272597
                out-of-sample/trades.csv: trades 34.00000000 pct_winners 0.3529411765 expectancy 5.634468586 avg_win 73.77034208 \
                avg_loss -31.53055332 net_profit 191.5719319 max_drawdown 0.02101993306 sortino 0.4758736506 \
                pct_months_profitable 0.1369863014 pct_weeks_profitable 0.03833865815
                """);
    }

    /** Runs the script's loop for {@code name} as the script calls it; returns the loop's output folder. */
    private Path run(String name) throws Exception {
        List<String> lines = Files.readAllLines(SCRIPT);
        List<String> body = new ArrayList<>();
        boolean inLoop = false;
        String[] call = null;
        Pattern callLine = Pattern.compile("loop (\\S+) (\\S+) (\\S+)");
        for (String line : lines) {
            String l = line.strip();
            if (l.equals("loop() {")) inLoop = true;
            else if (inLoop && l.equals("}")) inLoop = false;
            else if (inLoop && l.startsWith("tw ")) body.add(l);
            Matcher m = callLine.matcher(l);
            if (!inLoop && m.matches() && m.group(1).equals(name)) call = new String[] {m.group(2), m.group(3)};
        }
        assertThat(call).as("a loop call for " + name + " in " + SCRIPT).isNotNull();
        assertThat(body).hasSizeGreaterThanOrEqualTo(7);

        Path candidates = tmp.resolve(name + "-candidates.json");
        PortfolioConfig c = Json.read(Subprocess.ROOT.resolve(call[0]), PortfolioConfig.class);
        List<PortfolioConfig.Member> absolute = new ArrayList<>();
        for (PortfolioConfig.Member m : c.strategies()) {
            absolute.add(new PortfolioConfig.Member(m.id(), m.strategy(), m.symbol(), Subprocess.ROOT.resolve(m.data()).toString(),
                    m.timeframe(), m.params(), m.weight(), m.enabled(), m.instrument()));
        }
        Files.writeString(candidates, Json.pretty(new PortfolioConfig(c.cash(), c.commission(), c.slippageBps(), c.fill(), absolute,
                c.compliance(), c.schedule(), c.zone())));
        Path dir = tmp.resolve(name);
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("$candidates", candidates.toString());
        vars.put("$split", call[1]);
        vars.put("$dir", dir.toString());
        vars.put("$1", name);
        for (String l : body) {
            List<String> args = new ArrayList<>();
            String[] words = l.substring(3).split(" +");
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals(">")) {
                    i++;
                    continue;
                }
                String w = words[i].replace("\"", "");
                for (var v : vars.entrySet()) w = w.replace(v.getKey(), v.getValue());
                assertThat(w).as("a variable the test does not know in: " + l).doesNotContain("$");
                args.add(w);
            }
            Files.createDirectories(dir);
            CliRun.of(args.toArray(String[]::new)).ok();
        }
        return dir;
    }

    /** The chosen set, the weights and the statistics in and out of sample, one value per line, 10 significant digits. */
    private static String summary(Path dir) throws Exception {
        StringBuilder s = new StringBuilder();
        JsonNode batch = Json.MAPPER.readTree(dir.resolve("analysis/results.json").toFile());
        PortfolioConfig winners = Json.read(dir.resolve("winners/portfolio.json"), PortfolioConfig.class);
        s.append("candidates ").append(batch.get("strategies").size()).append(", winners ").append(winners.strategies().size()).append(':');
        for (var m : winners.strategies()) s.append(' ').append(m.id());
        s.append("\nproduction:");
        PortfolioConfig production = Json.read(dir.resolve("production/portfolio.json"), PortfolioConfig.class);
        for (var m : production.strategies()) s.append(' ').append(m.id()).append('=').append(n(m.weight()));
        s.append('\n');
        for (String part : List.of("in-sample", "out-of-sample")) {
            JsonNode r = Json.MAPPER.readTree(dir.resolve(part + "/results.json").toFile());
            JsonNode a = r.get("account");
            s.append(part).append(" account: final_equity ").append(n(a.get("final_equity").asDouble()))
                    .append(" max_drawdown ").append(n(a.get("max_drawdown").asDouble()))
                    .append(" sharpe ").append(n(a.get("sharpe").asDouble()))
                    .append(" sortino ").append(n(a.get("sortino").asDouble())).append('\n');
            r.get("strategies").fields().forEachRemaining(e -> s.append(part).append(' ').append(e.getKey()).append(": trades ")
                    .append(e.getValue().get("trades").asInt()).append(" orders ").append(e.getValue().get("orders_hash").asText()).append('\n'));
        }
        JsonNode comparison = Json.MAPPER.readTree(dir.resolve("comparison/results.json").toFile());
        for (JsonNode series : comparison.get("strategies")) {
            s.append(series.get("name").asText().replace(dir + java.io.File.separator, "").replace('\\', '/')).append(':');
            for (String k : List.of("trades", "pct_winners", "expectancy", "avg_win", "avg_loss", "net_profit", "max_drawdown", "sortino",
                    "pct_months_profitable", "pct_weeks_profitable")) {
                s.append(' ').append(k).append(' ').append(n(series.get(k).asDouble()));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
