package dev.tradewind.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the fields of a layout are: column indexes (-1 when absent) and the names used in messages.
 *
 * @param time     the time column, or the Date column when {@code time2} holds the time of day
 * @param adjClose the Adj Close column when the bars use it, else -1
 */
record Columns(Layout layout, boolean header, String[] names, int time, int time2, int open, int high, int low,
        int close, int adjClose, int volume) {

    static final String EXPECTED =
            "expected a time column (date, time, datetime, timestamp or open_time) and open, high, low, close, volume";
    private static final String[] BINANCE = {"open_time", "open", "high", "low", "close", "volume", "close_time",
        "quote_volume", "count", "taker_buy_volume", "taker_buy_quote_volume", "ignore"};
    private static final String[] TIME_NAMES = {"opentime", "datetime", "timestamp", "date", "time"};

    /** The columns of a headerless Binance kline file. */
    static Columns binanceHeaderless() {
        return new Columns(Layout.BINANCE, false, BINANCE, 0, -1, 1, 2, 3, 4, -1, 5);
    }

    /** The number of fields a data row needs. */
    int minFields() {
        int max = Math.max(Math.max(time, time2), Math.max(Math.max(open, high), Math.max(low, close)));
        return 1 + Math.max(max, Math.max(adjClose, volume));
    }

    /** Reads a header row, or throws naming what was found and what was expected. */
    static Columns ofHeader(String[] names, PriceColumn price, String source, long line) throws DataException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = names.length - 1; i >= 0; i--) index.put(normalize(names[i]), i);
        int time = -1;
        int time2 = -1;
        for (String n : TIME_NAMES) {
            if (index.containsKey(n)) { time = index.get(n); break; }
        }
        if (time >= 0 && time == index.getOrDefault("date", -2) && index.containsKey("time")) time2 = index.get("time");
        if (time < 0 && names.length > 0 && names[0].isBlank()) time = 0;
        int adj = index.getOrDefault("adjclose", -1);
        Layout layout = index.containsKey("opentime") && index.containsKey("closetime") ? Layout.BINANCE
                : adj >= 0 ? Layout.YAHOO : Layout.GENERIC;
        List<String> missing = new ArrayList<>();
        if (time < 0) missing.add("time");
        int[] ohlcv = new int[5];
        String[] wanted = {"open", "high", "low", "close", "volume"};
        for (int i = 0; i < 5; i++) {
            ohlcv[i] = index.getOrDefault(wanted[i], -1);
            if (ohlcv[i] < 0) missing.add(wanted[i]);
        }
        String found = String.join(", ", names);
        if (missing.size() == 6) {
            throw DataException.at(source, line, "unknown layout: found columns [" + found + "], " + EXPECTED);
        }
        if (!missing.isEmpty()) {
            throw DataException.at(source, line, "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList())
                    + ": found [" + found + "], " + EXPECTED);
        }
        if (price == PriceColumn.ADJ_CLOSE && adj < 0) {
            throw DataException.at(source, line,
                    "missing column 'adj close' (price column ADJ_CLOSE was chosen): found [" + found + "]");
        }
        return new Columns(layout, true, names, time, time2, ohlcv[0], ohlcv[1], ohlcv[2], ohlcv[3],
                price == PriceColumn.ADJ_CLOSE ? adj : -1, ohlcv[4]);
    }

    /** Lower case without spaces, underscores or other punctuation: {@code Adj Close} -> {@code adjclose}. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }
}
