package dev.tradewind.runner;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The symbol a bar file's name implies, or none. Recognises Binance bulk-download names
 * ({@code FILUSDT-1m-2023-08.csv.gz}, {@code BTCUSDT-1h-2024-01-05.zip}) and otherwise takes the name's first part
 * ({@code ETHUSDT_1h.csv}, {@code GOOG.csv}, {@code orcl-1995-2014.txt}), as written. A first part that is a number, a
 * date, a bar size ({@code day}, {@code 1m}) or a generic word ({@code data}, {@code prices}) is no symbol:
 * {@code 2006-day-001.txt} implies none, and the caller asks for {@code --symbol}.
 */
public final class SymbolGuess {
    private static final Pattern BINANCE = Pattern.compile(
            "([A-Za-z0-9]+)-(\\d+[smhdwM]|\\d+mo)-\\d{4}-\\d{2}(-\\d{2})?");
    private static final Pattern BAR_SIZE = Pattern.compile("\\d+(s|m|h|d|w|mo|min|mins|hour|hours|day|days)"
            + "|(min|mins|minute|minutes|hour|hourly|day|days|daily|week|weekly|month|monthly|tick|ticks)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC = Set.of("data", "bars", "bar", "prices", "price", "ohlc", "ohlcv", "candles",
            "klines", "kline", "export", "download", "sample", "samples", "test", "file", "history", "quotes", "trades");

    private SymbolGuess() {}

    /** The symbol the file name implies, or null when it implies none. */
    public static String of(String path) {
        String name = stem(path);
        Matcher b = BINANCE.matcher(name);
        if (b.matches()) return b.group(1);
        String first = name.split("[-_. ]", 2)[0];
        if (first.isEmpty() || first.length() > 24 || first.chars().noneMatch(Character::isLetter)) return null;
        if (BAR_SIZE.matcher(first).matches() || GENERIC.contains(first.toLowerCase(Locale.ROOT))) return null;
        return first;
    }

    /** The symbol the file name implies, else the file name without its extensions (a label, not a guess). */
    public static String orStem(String path) {
        String s = of(path);
        return s != null ? s : stem(path);
    }

    /** The file name without folders and without the extensions .gz, .zip, .csv, .txt, .tsv. */
    static String stem(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String ext : new String[] {".gz", ".zip", ".csv", ".txt", ".tsv"}) {
                if (lower.endsWith(ext) && lower.length() > ext.length()) {
                    name = name.substring(0, name.length() - ext.length());
                    lower = lower.substring(0, lower.length() - ext.length());
                    cut = true;
                }
            }
        }
        return name;
    }
}
