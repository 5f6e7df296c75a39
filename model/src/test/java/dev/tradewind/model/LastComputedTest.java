package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The last value is handed back only for the same arrays (by identity) and an equal key; a failure is not kept. */
class LastComputedTest {

    @Test
    void recomputesForOtherArraysOrAnotherKeyOnly() {
        LastComputed<String> last = new LastComputed<>();
        AtomicInteger computed = new AtomicInteger();
        long[] a = {1, 2, 3};
        long[] b = {1, 2, 3}; // equal contents, another array
        double[] c = {4};
        assertThat(last.get(a, null, 3, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(last.get(a, null, 3, () -> "a" + computed.incrementAndGet())).isEqualTo("a1");
        assertThat(last.get(b, null, 3, () -> "b" + computed.incrementAndGet())).isEqualTo("b2");
        assertThat(last.get(b, null, 2, () -> "b" + computed.incrementAndGet())).isEqualTo("b3");
        assertThat(last.get(b, c, 2, () -> "bc" + computed.incrementAndGet())).isEqualTo("bc4");
        assertThat(last.get(b, c, 2, () -> "bc" + computed.incrementAndGet())).isEqualTo("bc4");
        assertThat(last.get(b, null, 2, () -> "b" + computed.incrementAndGet())).isEqualTo("b5");
        assertThat(computed).hasValue(5);
    }

    @Test
    void aFailureIsNotRemembered() {
        LastComputed<String> last = new LastComputed<>();
        long[] a = {1};
        assertThat(last.get(a, null, null, () -> "ok")).isEqualTo("ok");
        long[] bad = {2};
        assertThatThrownBy(() -> last.get(bad, null, null, () -> { throw new IllegalArgumentException("bad"); }))
                .hasMessage("bad");
        assertThatThrownBy(() -> last.get(bad, null, null, () -> { throw new IllegalArgumentException("again"); }))
                .hasMessage("again");
        assertThat(last.get(a, null, null, () -> "recomputed")).isEqualTo("ok"); // the failures left a's value in place
    }
}
