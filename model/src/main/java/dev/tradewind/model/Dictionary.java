package dev.tradewind.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct strings by code, 0, 1, 2... in the order first seen: a log's column of a few distinct strings (a signal's
 * outcome, a fill's symbol) kept as an int each. The last string coded is recognized without a lookup (most rows repeat
 * it). Not thread-safe.
 */
final class Dictionary {
    private final List<String> values = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();
    private String last;
    private int lastCode;

    /** The code of {@code s}, a new one if it was not seen before. */
    int code(String s) { return codeWithin(s, Integer.MAX_VALUE); }

    /**
     * The code of {@code s} if it has one or fewer than {@code limit} strings have one (then a new one), else -1: a
     * column that keeps only the first few distinct strings as codes, and the rest in full.
     */
    int codeWithin(String s, int limit) {
        if (s.equals(last)) return lastCode;
        Integer k = codes.get(s);
        if (k == null) {
            if (values.size() >= limit) return -1;
            k = values.size();
            values.add(s);
            codes.put(s, k);
        }
        last = s;
        lastCode = k;
        return k;
    }

    /** The string of {@code code}. */
    String value(int code) { return values.get(code); }
}
