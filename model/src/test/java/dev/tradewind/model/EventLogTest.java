package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The log reads back, event for event, what was appended, as a list of the events themselves would. */
class EventLogTest {

    @Test
    void readsBackEveryEventAcrossItsChunks() {
        SplittableRandom random = new SplittableRandom(5);
        List<Fill> fills = new ChunkedList<>();
        EventLog log = new EventLog(fills, new OrderTable());
        List<OrderEvent> reference = new ArrayList<>();
        assertThat(log).isEmpty();
        for (int i = 0; i < 5_000; i++) {
            long id = random.nextInt(20) == 0 ? (1L << 33) + i : 1 + random.nextInt(4_000); // a few ids beyond int
            long time = random.nextLong(1L << 60);
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    log.accepted(id, time);
                    reference.add(new OrderEvent.Accepted(id, time));
                }
                case 2, 3 -> {
                    if (!fills.isEmpty() && random.nextInt(40) == 0) { // an event naming an earlier fill, out of step
                        int earlier = random.nextInt(fills.size());
                        log.filled(id, time, earlier, 0.5);
                        reference.add(new OrderEvent.Filled(id, time, fills.get(earlier), 0.5));
                        continue;
                    }
                    Fill f = new Fill(fills.size() + 1, id, time, "SYN", random.nextBoolean() ? Side.BUY : Side.SELL,
                            random.nextDouble(), random.nextDouble() * 100, random.nextDouble(), Liquidity.TAKER);
                    double remaining = switch (random.nextInt(4)) { // mostly nothing left, in runs of chunks
                        case 0 -> random.nextDouble();
                        case 1 -> -0.0;
                        default -> i > 2_000 && i < 3_500 ? random.nextDouble() : 0;
                    };
                    fills.add(f);
                    log.filled(id, time, fills.size() - 1, remaining);
                    reference.add(new OrderEvent.Filled(id, time, f, remaining));
                }
                case 4 -> {
                    OrderEvent e = new OrderEvent.Rejected(id, time, "no " + i);
                    log.add(e);
                    reference.add(e);
                }
                default -> {
                    OrderEvent e = random.nextBoolean() ? new OrderEvent.Accepted(id, time)
                            : new OrderEvent.Modified(id, time, 2, 3, Double.NaN, OrderStatus.ACCEPTED);
                    log.add(e);
                    reference.add(e);
                }
            }
            if (i == 15 || i == 16 || i == 1_023 || i == 1_024 || i % 997 == 0) assertThat(log).isEqualTo(reference);
        }
        assertThat(log).hasSize(5_000).isEqualTo(reference).hasSameHashCodeAs(reference);
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i) instanceof OrderEvent.Filled f) {
                assertThat(f.fill()).isSameAs(((OrderEvent.Filled) reference.get(i)).fill()); // the run's fill itself
            }
        }
        assertThat(List.copyOf(log)).isEqualTo(reference);
        assertThatThrownBy(() -> log.get(5_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.set(0, reference.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }
}
