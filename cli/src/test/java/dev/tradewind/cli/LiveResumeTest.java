package dev.tradewind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.live.binance.FakeExchange;
import dev.tradewind.live.binance.trade.FakeOrder;
import dev.tradewind.live.binance.trade.FakeSpot;
import dev.tradewind.store.RunStore;
import dev.tradewind.store.StoredRun;
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
 * A live run killed with SIGKILL while an order rests on the exchange comes back with its kernel and its strategy's
 * state: the resumed run replays its bars through a fresh strategy (orders checked against the journal, not sent), so
 * the resting bid is still working exactly once and the next decisions are the ones an uninterrupted run makes. The
 * run is in the store as a live run from its first fill on, and the kill keeps what was written.
 */
class LiveResumeTest {
    /**
     * Counts its bars: a fresh instance that did not see the first ones would buy again on the fourth. Its first bar
     * buys with a bracket (stop 3.5, target 6.0: an OCO list on the exchange) and rests a bid.
     */
    private static final String STRATEGY = """
            import dev.tradewind.model.Side;
            import dev.tradewind.strategy.Context;
            import dev.tradewind.strategy.Strategy;

            public class Counting implements Strategy {
                private int seen;

                @Override
                public void onBar(Context ctx) {
                    seen++;
                    if (seen == 1) {
                        ctx.order(Side.BUY, 20).stopLoss(3.5).takeProfit(6.0).submit();
                        ctx.buyLimit(10, 3.5);
                    }
                    if (seen == 4) ctx.sell(5);
                    if (seen == 5 && ctx.openOrders() == 3) ctx.sell(ctx.position().quantity() > 10 ? 3 : 1);
                }
            }
            """;

    @Test
    void killNineWithARestingOrderThenResumeDecidesAsAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Path strategy = dir.resolve("Counting.java");
        Files.writeString(strategy, STRATEGY);
        List<String> uninterrupted = uninterrupted(dir.resolve("whole"), strategy);

        Path run = dir.resolve("killed");
        Files.createDirectories(run);
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(20)); FakeSpot spot = new FakeSpot(LiveCommandTest.KEY, LiveCommandTest.SECRET)) {
            spot.price("4.150");
            LiveCommandTest.closes(md, 0, 3);
            LiveCommandTest.closes(md, 4, 6);
            List<String> args = LiveCommandTest.args(md, spot, run, "--strategy", strategy.toString(), "--max-orders-per-minute", "100");
            List<String> first = new ArrayList<>(args);
            first.addAll(List.of("--from", LiveCommandTest.time(md, 1)));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName()));
            cmd.addAll(first);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(run.resolve("first.log").toFile()).start();
            Path control = run.resolve("control");
            long storeId;
            try {
                LiveCommandTest.waitFor(() -> spot.orders().size() == 4 && spot.orderLists().size() == 1 && LiveCrashTest.journalHas(control, "F ", 1));
                LiveCommandTest.waitFor(() -> storeIdIn(control) > 0);
                storeId = storeIdIn(control);
                // the fill is in the store within seconds, while the run goes on
                LiveCommandTest.waitFor(() -> fillsStored(run, storeId) == 1);
            } finally {
                p.destroyForcibly(); // SIGKILL
                assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            try (RunStore store = RunStore.open(run.resolve("runs.db").toString())) {
                StoredRun killed = store.get(storeId);
                assertThat(killed.data()).isEqualTo("live:binance:spot:FILUSDT:1m");
                assertThat(store.fills(storeId)).hasSize(1); // kept to its last checkpoint
                assertThat(store.get(storeId).config()).doesNotContain(LiveCommandTest.SECRET).doesNotContain(LiveCommandTest.KEY);
            }
            // the fake's clock stood at bar 4's open, where its klines endpoint would serve bar 4 (still forming) as closed
            md.now(md.klines().get(3).close());
            String runId = journal(control);
            List<String> resume = new ArrayList<>(args);
            resume.addAll(List.of("--resume", runId, "--bars", "6"));
            CliRun r = CliRun.of(resume.toArray(String[]::new)).ok();

            assertThat(r.err()).contains("4 journaled order(s) made again, as journaled; continuing live");
            assertThat(r.out()).as(r.err()).contains("session 2 stopped").contains("2 orders").doesNotContain("halted");
            assertThat(r.out()).contains("reconciled with the exchange: clean");
            assertThat(spot.orders()).extracting(o -> o.client).containsExactly(runId + "s1-1", runId + "s1-3", runId + "s1-2", runId + "s1-4",
                    runId + "s2-5", runId + "s2-6");
            // the bracket is still working on the exchange, exactly once; so is the bid
            assertThat(spot.orderLists()).hasSize(1);
            assertThat(spot.orderLists().get(0)).allMatch(FakeOrder::open);
            assertThat(spot.byClient(runId + "s1-4").open()).isTrue();
            assertThat(decisions(spot)).isEqualTo(uninterrupted);
            assertThat(CliRun.of("runs", "show", String.valueOf(storeId), "--store", run.resolve("runs.db").toString()).ok().out())
                    .containsPattern("mode\\s+live");
            try (RunStore store = RunStore.open(run.resolve("runs.db").toString())) {
                assertThat(store.fills(storeId)).hasSize(3); // rebuilt by the replay, then the two live sells
                assertThat(store.orders(storeId)).hasSize(6);
            }
            assertThat(r.out() + r.err()).doesNotContain(LiveCommandTest.SECRET);
        }
    }

    /** The same bars without a kill: what the run's orders should be. */
    private static List<String> uninterrupted(Path dir, Path strategy) throws Exception {
        Files.createDirectories(dir);
        try (FakeExchange md = new FakeExchange(FakeExchange.filUsdt(20)); FakeSpot spot = new FakeSpot(LiveCommandTest.KEY, LiveCommandTest.SECRET)) {
            spot.price("4.150");
            LiveCommandTest.closes(md, 0, 6);
            List<String> args = LiveCommandTest.args(md, spot, dir, "--strategy", strategy.toString(), "--max-orders-per-minute", "100",
                    "--from", LiveCommandTest.time(md, 1), "--bars", "6");
            CliRun.of(args.toArray(String[]::new)).ok();
            List<String> d = decisions(spot);
            assertThat(d).hasSize(6);
            return d;
        }
    }

    private static List<String> decisions(FakeSpot spot) {
        return spot.orders().stream().map(o -> o.side + " " + o.type + " " + o.qty.stripTrailingZeros().toPlainString() + " "
                + (o.price == null ? "-" : o.price.stripTrailingZeros().toPlainString()) + " "
                + (o.stop == null ? "-" : o.stop.stripTrailingZeros().toPlainString()) + " list " + o.listId).toList();
    }

    private static long storeIdIn(Path control) {
        try (Stream<Path> f = Files.list(control)) {
            Path id = f.filter(x -> x.toString().endsWith(".store")).findFirst().orElse(null);
            return id == null ? 0 : Long.parseLong(Files.readString(id, StandardCharsets.UTF_8).strip());
        } catch (Exception e) {
            return 0;
        }
    }

    private static int fillsStored(Path run, long id) {
        try (RunStore store = RunStore.open(run.resolve("runs.db").toString())) {
            return store.fills(id).size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static String journal(Path control) throws Exception {
        try (Stream<Path> f = Files.list(control)) {
            return f.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".journal")).findFirst().orElseThrow().replace(".journal", "");
        }
    }
}
