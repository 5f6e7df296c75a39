package dev.tradewind.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradewind.engine.EngineConfig;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EventLoop;
import dev.tradewind.engine.Inbound;
import dev.tradewind.model.BacktestResult;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Clock;
import dev.tradewind.model.Instrument;
import dev.tradewind.store.testing.Backend;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A run driven by events streams into the store while it goes: after each checkpoint a second connection reads the
 * orders, fills and equity up to that step; the completion replaces them with the final rows, none twice.
 */
class StoreSinkTest {
    @TempDir Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRunningRunsResultsAreInTheStoreAfterEachCheckpointAndCompleteOnceAtTheEnd(Backend b) throws Exception {
        BarSeries bars = SampleRun.bars(300, 42);
        EngineConfig config = EngineConfig.of(Instrument.spot("TEST"), 10_000);
        Map<String, String> params = Map.of("period", "40");
        BacktestResult expected = new Engine(config).backtest(new SampleRun.Swing(), params, bars);

        StoreTarget target = b.target(tmp);
        try (RunStore store = RunStore.open(target, true); RunStore reader = RunStore.open(target, false);
                Recording rec = store.begin(SampleRun.start("swing"))) {
            // the sink's clock: bar i entered the loop at second i; it writes a checkpoint every 5 seconds
            AtomicReference<EventLoop> running = new AtomicReference<>();
            Clock seconds = () -> running.get().lastInit() * 1_000_000_000L;
            StoreSink sink = new StoreSink(rec, params, 10_000, seconds, 5_000_000_000L);
            EventLoop loop = new Engine(config).withSink(sink).paper(new SampleRun.Swing(), params, Clock.SYSTEM, 0);
            running.set(loop);
            Thread kernel = new Thread(() -> {
                try {
                    loop.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long minute = SampleRun.MINUTE;
            for (int i = 0; i < 150; i++) {
                loop.offer(new Inbound.BarClosed(bars.time()[i], bars.time()[i] + minute, bars.open()[i], bars.high()[i],
                        bars.low()[i], bars.close()[i], bars.volume()[i], i));
            }
            kernel.start();
            // the loop runs the 150 queued bars, checkpointing as its clock says; wait until the queue is drained
            while (loop.lastInit() != 149) Thread.sleep(5);
            Thread.sleep(50);

            // read from another connection while the run is still going: what the last checkpoint held
            long id = rec.id();
            assertThat(reader.get(id).status()).isEqualTo(RunStatus.RUNNING);
            int stored = reader.equity(id).time().length;
            assertThat(stored).isEqualTo(146); // checkpoints after bars 0, 5, ..., 145
            assertThat(sink.checkpoints()).isEqualTo(30);
            assertThat(reader.fills(id)).isNotEmpty()
                    .isEqualTo(expected.fills().stream().filter(f -> f.time() <= bars.time()[stored - 1]).toList());
            assertThat(reader.orders(id)).hasSizeGreaterThan(3);

            for (int i = 150; i < 300; i++) {
                loop.offer(new Inbound.BarClosed(bars.time()[i], bars.time()[i] + minute, bars.open()[i], bars.high()[i],
                        bars.low()[i], bars.close()[i], bars.volume()[i], i));
            }
            loop.offer(new Inbound.Stop(bars.time()[299] + minute, 300));
            kernel.join(30_000);
            assertThat(reader.equity(id).time()).isEqualTo(expected.time());

            rec.complete(SampleRun.completion(expected));
            assertThat(reader.get(id).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(reader.orders(id)).isEqualTo(expected.orders());
            assertThat(reader.events(id)).isEqualTo(expected.events());
            assertThat(reader.fills(id)).isEqualTo(expected.fills());
            assertThat(reader.trades(id)).isEqualTo(expected.trades());
            assertThat(reader.equity(id).equity()).isEqualTo(expected.equity());
            assertThat(reader.logs(id)).isEqualTo(expected.log());
            assertThat(reader.signals(id)).isEqualTo(expected.signals());
        }
    }
}
