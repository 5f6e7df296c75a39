package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.OrderEvent;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunStoreTest {
    @TempDir Path tmp;

    private RunStore open(Backend b) { return RunStore.open(b.target(tmp), true); }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRecordedRunReadsBackExactly(Backend b) {
        RunStore store = open(b);
        BacktestResult r = SampleRun.result(500);
        assertThat(r.fills()).hasSizeGreaterThan(10);
        assertThat(r.events()).anyMatch(e -> e instanceof OrderEvent.Canceled).anyMatch(e -> e instanceof OrderEvent.Rejected)
                .anyMatch(e -> e instanceof OrderEvent.Modified m && m.quantity() == 2);
        assertThat(r.log()).isNotEmpty();
        long id;
        try (Recording rec = store.begin(SampleRun.start("swing"))) {
            id = rec.id();
            assertThat(store.get(id).status()).isEqualTo(RunStatus.RUNNING);
            rec.complete(SampleRun.completion(r));
        }
        StoredRun run = store.get(id);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.strategy()).isEqualTo("swing");
        assertThat(run.symbol()).isEqualTo("TEST");
        assertThat(run.params()).isEqualTo(Map.of("period", "40"));
        assertThat(run.config()).isEqualTo("{\"data\":\"test.csv\"}");
        assertThat(run.dataFingerprint()).isEqualTo("abc123");
        assertThat(run.codeVersion()).isEqualTo("tradewind test");
        assertThat(run.ordersHash()).isEqualTo(r.ordersHash());
        assertThat(run.bars()).isEqualTo(500);
        assertThat(run.endedNs()).isGreaterThanOrEqualTo(run.startedNs());
        assertThat(run.statistics()).containsExactlyEntriesOf(SampleRun.completion(r).results());
        assertThat(store.orders(id)).isEqualTo(r.orders());
        assertThat(store.events(id)).isEqualTo(r.events());
        assertThat(store.fills(id)).isEqualTo(r.fills());
        assertThat(store.trades(id)).isEqualTo(r.trades());
        assertThat(store.logs(id)).isEqualTo(r.log());
        assertThat(r.signals()).isNotEmpty();
        assertThat(store.signals(id)).isEqualTo(r.signals());
        assertThat(store.ledger(id)).isEqualTo(r.ledger());
        StoredEquity eq = store.equity(id);
        assertThat(eq.time()).isEqualTo(r.time());
        assertThat(eq.equity()).isEqualTo(r.equity());
        assertThat(eq.cash()).isEqualTo(r.cash().toArray());
        assertThat(eq.position()).isEqualTo(r.position().toArray());
        assertThat(store.orders(id)).anyMatch(o -> o.status() == OrderStatus.CANCELED && Double.isFinite(o.order().limitPrice()))
                .anyMatch(o -> Double.isNaN(o.order().limitPrice()));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aBackgroundCompletionStoresTheSameRows(Backend b) {
        RunStore store = open(b);
        BacktestResult r = SampleRun.result(2_000);
        long id;
        try (Recording rec = store.begin(SampleRun.start("background"))) {
            id = rec.id();
            rec.completeInBackground(SampleRun.completion(r));
            assertThatThrownBy(() -> rec.completeInBackground(SampleRun.completion(r))).isInstanceOf(IllegalStateException.class);
            rec.await();
        }
        assertThat(store.get(id).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.events(id)).isEqualTo(r.events());
        assertThat(store.equity(id).equity()).isEqualTo(r.equity());
        store.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFailedOrAbandonedRunIsMarkedFailedWithItsReason(Backend b) {
        RunStore store = open(b);
        Recording failed = store.begin(SampleRun.start("a"));
        failed.fail("data.csv:3: field 'high': expected a number, got 'abc'");
        Recording abandoned = store.begin(SampleRun.start("b"));
        abandoned.close();
        StoredRun f = store.get(failed.id());
        assertThat(f.status()).isEqualTo(RunStatus.FAILED);
        assertThat(f.message()).isEqualTo("data.csv:3: field 'high': expected a number, got 'abc'");
        assertThat(f.endedNs()).isPositive();
        assertThat(store.get(abandoned.id()).status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.get(abandoned.id()).message()).startsWith("abandoned");
        assertThat(store.orders(failed.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void listFiltersByStrategyStatusAndDateNewestFirst(Backend b) {
        long[] now = {SampleRun.START};
        StoreTarget t = b.target(tmp);
        RunStore store = RunStore.open(t, RunStore.dataSource(t), () -> java.time.Instant.ofEpochSecond(0, now[0]));
        BacktestResult r = SampleRun.result(100);
        long day = 86_400_000_000_000L;
        long a = record(store, "alpha", r);
        now[0] += day;
        long bb = record(store, "beta", r);
        now[0] += day;
        long c = record(store, "alpha", r);
        Recording failed = store.begin(SampleRun.start("alpha"));
        failed.fail("boom");
        Recording running = store.begin(SampleRun.start("gamma"));

        assertThat(ids(store.list(RunFilter.latest(10)))).containsExactly(running.id(), failed.id(), c, bb, a);
        assertThat(ids(store.list(RunFilter.latest(2)))).containsExactly(running.id(), failed.id());
        assertThat(ids(store.list(new RunFilter("alpha", null, null, null, null, 10)))).containsExactly(failed.id(), c, a);
        assertThat(ids(store.list(new RunFilter(null, null, RunStatus.COMPLETED, null, null, 10)))).containsExactly(c, bb, a);
        assertThat(ids(store.list(new RunFilter(null, null, RunStatus.FAILED, null, null, 10)))).containsExactly(failed.id());
        assertThat(ids(store.list(new RunFilter(null, null, RunStatus.RUNNING, null, null, 10)))).containsExactly(running.id());
        assertThat(ids(store.list(new RunFilter(null, null, null, SampleRun.START + day, SampleRun.START + 2 * day, 10))))
                .containsExactly(bb);
        assertThat(ids(store.list(new RunFilter(null, "NOPE", null, null, null, 10)))).isEmpty();
        running.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void deleteRemovesTheRunAndEveryRow(Backend b) {
        RunStore store = open(b);
        BacktestResult r = SampleRun.result(300);
        long keep = record(store, "keep", r);
        long gone = record(store, "gone", r);
        assertThat(store.delete(gone)).isTrue();
        assertThat(store.delete(gone)).isFalse();
        assertThat(store.find(gone)).isEmpty();
        assertThat(store.orders(gone)).isEmpty();
        assertThat(store.events(gone)).isEmpty();
        assertThat(store.equity(gone).size()).isZero();
        assertThat(store.logs(gone)).isEmpty();
        assertThat(store.trades(gone)).isEmpty();
        assertThat(store.equity(keep).size()).isEqualTo(300);
        assertThatThrownBy(() -> store.get(gone)).isInstanceOf(StoreException.class).hasMessageEndingWith("no run " + gone);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void completingADeletedRunIsRefusedAndStoresNothing(Backend b) {
        RunStore store = open(b);
        Recording rec = store.begin(SampleRun.start("x"));
        store.delete(rec.id());
        assertThatThrownBy(() -> rec.complete(SampleRun.completion(SampleRun.result(50))))
                .isInstanceOf(StoreException.class).hasMessageContaining("no longer recorded as running");
        assertThat(store.orders(rec.id())).isEmpty();
        assertThat(store.equity(rec.id()).size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void reopeningAStoreKeepsItsRunsAndSchema(Backend b) {
        StoreTarget t = b.target(tmp);
        RunStore first = RunStore.open(t, true);
        long id = record(first, "x", SampleRun.result(50));
        RunStore again = RunStore.open(t, false);
        assertThat(again.get(id).status()).isEqualTo(RunStatus.COMPLETED);
        int migrations = again.read("count", c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
                r.next();
                return r.getInt(1);
            }
        });
        assertThat(migrations).as("every migration, applied once").isEqualTo(Migrations.LATEST);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theRegistryHoldsStrategiesAndSymbols(Backend b) {
        Registry reg = open(b).registry();
        reg.put(new StrategyEntry("sma/FIL/1h", "sma-cross", "FILUSDT", "1h", "catalog:FILUSDT:1m", true, 0.6,
                Map.of("fast", "10", "slow", "30")));
        reg.put(new StrategyEntry("rsi/FIL/1h", "rsi-reversion", "FILUSDT", null, null, false, 0.4, Map.of()));
        reg.put(new StrategyEntry("zero", "rsi-reversion", "BTCUSDT", null, null, true, 0, Map.of()));
        reg.put(new StrategyEntry("sma/FIL/1h", "sma-cross", "FILUSDT", "1h", "catalog:FILUSDT:1m", true, 0.5,
                Map.of("fast", "12")));
        reg.put(new SymbolEntry("FILUSDT", true, 1, Map.of("kind", "future", "tick", "0.001")));
        reg.put(new SymbolEntry("BTCUSDT", false, 0, Map.of()));
        assertThat(reg.strategies(false)).extracting(StrategyEntry::name).containsExactly("rsi/FIL/1h", "sma/FIL/1h", "zero");
        assertThat(reg.strategies(true)).containsExactly(new StrategyEntry("sma/FIL/1h", "sma-cross", "FILUSDT", "1h",
                "catalog:FILUSDT:1m", true, 0.5, Map.of("fast", "12")));
        assertThat(reg.symbols(true)).containsExactly(new SymbolEntry("FILUSDT", true, 1, Map.of("kind", "future", "tick", "0.001")));
        assertThat(reg.symbols(false)).hasSize(2);
        assertThat(reg.removeStrategy("zero")).isTrue();
        assertThat(reg.removeStrategy("zero")).isFalse();
        assertThat(reg.removeSymbol("BTCUSDT")).isTrue();
        assertThat(reg.strategies(false)).hasSize(2);
        assertThat(reg.symbols(false)).hasSize(1);
        assertThat(reg.settings("default")).isNull();
        reg.putSettings("default", "{\"cash\":1}");
        reg.putSettings("default", "{\"cash\":2}");
        assertThat(reg.settings("default")).isEqualTo("{\"cash\":2}");
    }

    static long record(RunStore store, String strategy, BacktestResult r) {
        try (Recording rec = store.begin(SampleRun.start(strategy))) {
            rec.complete(SampleRun.completion(r));
            return rec.id();
        }
    }

    static List<Long> ids(List<StoredRun> runs) { return runs.stream().map(StoredRun::id).toList(); }
}
