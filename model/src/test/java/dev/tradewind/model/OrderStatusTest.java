package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table, checked for every pair of states against an independent listing. */
class OrderStatusTest {
    private static final String LEGAL = """
            NEW ACCEPTED
            NEW REJECTED
            NEW CANCELED
            ACCEPTED TRIGGERED
            ACCEPTED PARTIALLY_FILLED
            ACCEPTED FILLED
            ACCEPTED CANCELED
            ACCEPTED EXPIRED
            ACCEPTED REJECTED
            TRIGGERED PARTIALLY_FILLED
            TRIGGERED FILLED
            TRIGGERED CANCELED
            TRIGGERED EXPIRED
            TRIGGERED REJECTED
            PARTIALLY_FILLED PARTIALLY_FILLED
            PARTIALLY_FILLED FILLED
            PARTIALLY_FILLED CANCELED
            PARTIALLY_FILLED EXPIRED
            """;

    @Test
    void everyPairIsLegalExactlyWhenListed() {
        Set<String> legal = Set.copyOf(LEGAL.lines().toList());
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                boolean expected = legal.contains(from + " " + to);
                assertThat(from.canTransitionTo(to)).as(from + " -> " + to).isEqualTo(expected);
                if (expected) {
                    assertThat(from.transition(to)).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> from.transition(to)).isInstanceOf(IllegalStateException.class);
                }
            }
        }
    }

    @Test
    void terminalStatesAreExactlyTheFinishedOnes() {
        Set<OrderStatus> terminal = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) if (s.isTerminal()) terminal.add(s);
        assertThat(terminal).containsExactlyInAnyOrder(OrderStatus.FILLED, OrderStatus.CANCELED, OrderStatus.EXPIRED,
                OrderStatus.REJECTED);
    }
}
