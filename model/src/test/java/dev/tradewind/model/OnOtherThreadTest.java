package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OnOtherThreadTest {
    @Test
    void theValueIsComputedOnAnotherThreadAndWhatItThrowsIsThrownToTheCaller() {
        Thread caller = Thread.currentThread();
        OnOtherThread<Thread> where = OnOtherThread.start("test-value", Thread::currentThread);
        assertThat(where.get()).isNotSameAs(caller).extracting(Thread::getName).isEqualTo("test-value");
        OnOtherThread<String> failing = OnOtherThread.start("test-failure", () -> {
            throw new ArithmeticException("bad bars");
        });
        assertThatThrownBy(failing::get).isInstanceOf(ArithmeticException.class).hasMessage("bad bars");
    }

    @Test
    void anInterruptWhileWaitingKeepsTheFlag() {
        OnOtherThread<String> slow = OnOtherThread.start("test-slow", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });
        Thread.currentThread().interrupt();
        assertThatThrownBy(slow::get).isInstanceOf(IllegalStateException.class);
        assertThat(Thread.interrupted()).isTrue(); // and clears it for the next test
    }
}
