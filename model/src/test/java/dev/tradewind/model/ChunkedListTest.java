package dev.tradewind.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list against an ArrayList, across its chunk boundaries (16, 32, ... 1,024, 2,048, ...). */
class ChunkedListTest {
    @Test
    void behavesAsAnArrayListThatOnlyGrows() {
        ChunkedList<Integer> list = new ChunkedList<>();
        List<Integer> reference = new ArrayList<>();
        assertThat(list).isEmpty();
        assertThat(list.toArray()).isEmpty();
        for (int i = 0; i < 3_000; i++) {
            list.add(i * 7);
            reference.add(i * 7);
            if (i % 511 == 0 || i == 15 || i == 16 || i == 1_023 || i == 1_024 || i == 2_047 || i == 2_048) {
                assertThat(list).isEqualTo(reference);
                assertThat(list.toArray()).isEqualTo(reference.toArray());
                assertThat(List.copyOf(list)).isEqualTo(reference);
            }
        }
        assertThat(list).hasSize(3_000).isEqualTo(reference);
        assertThat(list.hashCode()).isEqualTo(reference.hashCode());
        assertThat(list.get(2_999)).isEqualTo(2_999 * 7);
        assertThat(list.indexOf(1_024 * 7)).isEqualTo(1_024);
        assertThat(list.subList(1_020, 1_030)).isEqualTo(reference.subList(1_020, 1_030));
    }

    @Test
    void rejectsWhatItDoesNotSupportAndReadsOutsideIt() {
        ChunkedList<String> list = new ChunkedList<>();
        list.add("a");
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> {
            for (String s : list) list.add(s + "!");
        }).isInstanceOf(ConcurrentModificationException.class);
    }
}
