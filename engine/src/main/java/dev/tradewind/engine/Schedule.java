package dev.tradewind.engine;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which members trade on a given day. A disabled member still sees its bars (its indicators stay warm), but its onBar
 * is not called; its position is closed on the first bar of the day it becomes disabled.
 */
@FunctionalInterface
public interface Schedule {
    Schedule ALWAYS = (member, day) -> true;

    boolean enabled(String member, LocalDate day);

    /**
     * From each date on (until the next date), only the listed members are enabled; before the first date, all are.
     */
    static Schedule byDate(Map<LocalDate, Set<String>> decisions) {
        NavigableMap<LocalDate, Set<String>> m = new TreeMap<>(decisions);
        return (member, day) -> {
            var e = m.floorEntry(day);
            return e == null || e.getValue().contains(member);
        };
    }
}
