package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.trade.FakeSpot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9}: {@code tradewind live} runs in its own JVM, buys at market and rests a bid; the process is
 * killed with SIGKILL; the bid fills while nobody listens; {@code live --resume} starts from the journal, applies the
 * fill it missed, sends nothing again, and agrees with the exchange's books.
 */
class LiveCrashTest {

    @Test
    void killNineThenResumeLosesNoFillAndSendsNothingTwice(@TempDir Path dir) throws Exception {
        Path strategy = LiveCommandTest.buyAndRest(dir);
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(20)); FakeSpot spot = new FakeSpot(LiveCommandTest.KEY, LiveCommandTest.SECRET)) {
            spot.price("4.150");
            md.then(s -> {
                Thread.sleep(1500);
                s.closed(0, 1);
                Thread.sleep(120_000);
            });
            Path control = dir.resolve("control");
            List<String> args = LiveCommandTest.args(md, spot, dir, "--strategy", strategy.toString());
            List<String> first = new ArrayList<>(args);
            first.addAll(List.of("--from", LiveCommandTest.time(md, 1)));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(first);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
            try {
                LiveCommandTest.waitFor(() -> spot.orders().size() == 2 && journalHas(control, "A ", 2) && journalHas(control, "F ", 1));
            } finally {
                p.destroyForcibly(); // SIGKILL
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            String runId;
            try (Stream<Path> f = Files.list(control)) {
                runId = f.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".journal")).findFirst().orElseThrow().replace(".journal", "");
            }
            spot.price("3.400"); // the bid fills while the run is dead
            Files.writeString(control.resolve(runId + ".stop"), ""); // the resumed run stops at its first control tick
            List<String> resume = new ArrayList<>(args);
            resume.addAll(List.of("--resume", runId));
            CliRun r = CliRun.of(resume.toArray(String[]::new)).ok();

            assertThat(r.out()).contains("run " + runId + " session 2 stopped").contains("0 orders")
                    .contains("reconciled with the exchange: clean");
            assertThat(spot.orders()).hasSize(2); // nothing sent twice
            assertThat(spot.trades()).hasSize(2);
            List<String> fills = Files.readAllLines(control.resolve(runId + ".journal"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("F ")).toList();
            assertThat(fills).hasSize(2); // the missed fill recorded once
            // bought 20 and 10, 0.1% of each in FIL: the run's position is the account's change
            assertThat(r.out()).contains("position 29.97 FILUSDT");
            assertThat(spot.balance("FIL").subtract(new BigDecimal("100"))).isEqualByComparingTo("29.97");
        }
    }

    static boolean journalHas(Path control, String prefix, int n) {
        try (Stream<Path> files = Files.list(control)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".journal")).toList()) {
                if (Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(prefix)).count() >= n) return true;
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }
}
