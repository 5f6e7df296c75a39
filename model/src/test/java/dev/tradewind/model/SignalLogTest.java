package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The log reads back, signal for signal, what was appended, as a list of the signals themselves would. */
class SignalLogTest {

    @Test
    void readsBackEverySignalAcrossItsChunks() {
        SplittableRandom random = new SplittableRandom(9);
        SignalLog log = new SignalLog();
        List<Signal> reference = new ArrayList<>();
        assertThat(log).isEmpty();
        String[] outcomes = {"sent", "sent", "sent", "blocked: max open trades 1", "halted: daily loss", "below minimum"};
        for (int i = 0; i < 5_000; i++) {
            Signal s = new Signal(random.nextLong(), random.nextInt(20) == 0 ? Long.MAX_VALUE - i : i + 1,
                    random.nextBoolean() ? Side.BUY : Side.SELL, random.nextDouble() * 10, random.nextDouble() * 100,
                    outcomes[random.nextInt(outcomes.length)]);
            if (random.nextBoolean()) log.add(s);
            else log.add(s.time(), s.orderId(), s.side(), s.quantity(), s.price(), s.outcome());
            reference.add(s);
            if (i == 15 || i == 16 || i == 1_023 || i == 1_024 || i % 997 == 0) assertThat(log).isEqualTo(reference);
        }
        assertThat(log).hasSize(5_000).isEqualTo(reference).hasSameHashCodeAs(reference);
        assertThat(log.stream().filter(x -> !x.traded()).count()).isEqualTo(reference.stream().filter(x -> !x.traded()).count());
        assertThatThrownBy(() -> log.get(5_000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> log.add(1, 1, null, 1, 1, "sent")).isInstanceOf(NullPointerException.class);
    }
}
