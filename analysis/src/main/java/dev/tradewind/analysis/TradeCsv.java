package dev.tradewind.analysis;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.tradewind.model.UserError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a trades CSV (plain or gzip) by column name, in any column order and case. Required: {@code exit_time} and
 * {@code net_pnl} (Tradewind's trades.csv) or {@code pnl} (the generic layout); {@code net_pnl} wins when both are
 * present. Optional: {@code strategy}, {@code symbol}, {@code entry_time}. Other columns are ignored. Without a
 * {@code strategy} column every row belongs to the strategy named after the file: its name without {@code .gz} and
 * {@code .csv}/{@code .txt}, or, for a file named {@code trades.csv}, its directory's name
 * ({@code out/sma-cross/trades.csv} is {@code sma-cross}). Bad input throws a {@link UserError} of one line:
 * {@code file:line: field 'x': expected ..., got '...'}.
 */
public final class TradeCsv {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private TradeCsv() {}

    /** The trades of {@code file}, in file order; local times without an offset are read in {@code zone}. */
    public static List<TradeRow> read(Path file, ZoneId zone) {
        String name = file.toString();
        try (InputStream in = open(file);
                CsvReader<CsvRecord> csv = CsvReader.builder().ignoreDifferentFieldCount(true).detectBomHeader(true)
                        .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!it.hasNext()) throw new UserError(name + ":1: field 'header': expected " + Columns.EXPECTED + ", got an empty file");
            Columns cols = Columns.of(name, it.next());
            String defaultStrategy = defaultStrategy(file);
            List<TradeRow> rows = new ArrayList<>();
            while (it.hasNext()) rows.add(row(name, it.next(), cols, defaultStrategy, zone));
            return rows;
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": no such file", e);
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(name + ": cannot read: " + e.getMessage(), e);
        } catch (CsvParseException e) {
            throw new UserError(name + ": " + e.getMessage(), e);
        }
    }

    /** The strategy name of the rows of a file without a {@code strategy} column. */
    public static String defaultStrategy(Path file) {
        String base = file.getFileName().toString();
        String lower = base.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            base = base.substring(0, base.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) base = base.substring(0, base.length() - 4);
        if (base.equals("trades")) {
            Path dir = file.toAbsolutePath().normalize().getParent();
            if (dir != null && dir.getFileName() != null) return dir.getFileName().toString();
        }
        return base;
    }

    private static TradeRow row(String file, CsvRecord r, Columns c, String defaultStrategy, ZoneId zone) {
        long line = r.getStartingLineNumber();
        String strategy = c.strategy < 0 ? defaultStrategy : field(file, r, c.strategy, "strategy").strip();
        if (strategy.isEmpty()) throw bad(file, line, "strategy", "a strategy name", "");
        String symbol = c.symbol < 0 ? "" : field(file, r, c.symbol, "symbol").strip();
        long entry = TradeRow.NO_TIME;
        if (c.entryTime >= 0) entry = time(file, line, "entry_time", field(file, r, c.entryTime, "entry_time"), zone);
        String exitText = field(file, r, c.exitTime, "exit_time");
        long exit = time(file, line, "exit_time", exitText, zone);
        if (entry != TradeRow.NO_TIME && exit < entry) {
            throw bad(file, line, "exit_time", "a time at or after entry_time " + field(file, r, c.entryTime, "entry_time").strip(), exitText);
        }
        String pnlText = field(file, r, c.pnl, c.pnlName);
        if (!DECIMAL.matcher(pnlText.strip()).matches()) throw bad(file, line, c.pnlName, "a decimal number", pnlText);
        double pnl = Double.parseDouble(pnlText.strip());
        if (!Double.isFinite(pnl)) throw bad(file, line, c.pnlName, "a finite number", pnlText);
        return new TradeRow(file, line, strategy, symbol, entry, exit, pnl);
    }

    private static String field(String file, CsvRecord r, int index, String name) {
        if (index >= r.getFieldCount()) {
            throw bad(file, r.getStartingLineNumber(), name, "a value (the header has more columns than this row's "
                    + r.getFieldCount() + ")", "");
        }
        return r.getField(index);
    }

    private static long time(String file, long line, String field, String text, ZoneId zone) {
        try {
            return TimeText.parse(text.strip(), zone);
        } catch (IllegalArgumentException e) {
            throw bad(file, line, field, "an ISO-8601 time like 2023-08-01T00:00:00Z", text);
        }
    }

    static UserError bad(String file, long line, String field, String expected, String got) {
        return new UserError(file + ":" + line + ": field '" + field + "': expected " + expected + ", got '" + got + "'");
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Column positions found in the header; -1 when absent. */
    private record Columns(int strategy, int symbol, int entryTime, int exitTime, int pnl, String pnlName) {
        static final String EXPECTED = "a header with columns exit_time and net_pnl (or pnl)";

        static Columns of(String file, CsvRecord header) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.getFieldCount(); i++) {
                index.putIfAbsent(header.getField(i).strip().toLowerCase(Locale.ROOT), i);
            }
            int exit = index.getOrDefault("exit_time", -1);
            int net = index.getOrDefault("net_pnl", -1);
            int pnl = net >= 0 ? net : index.getOrDefault("pnl", -1);
            if (exit < 0 || pnl < 0) {
                String missing = exit < 0 ? "exit_time" : "net_pnl";
                throw bad(file, header.getStartingLineNumber(), missing, EXPECTED, String.join(",", header.getFields()));
            }
            return new Columns(index.getOrDefault("strategy", -1), index.getOrDefault("symbol", -1),
                    index.getOrDefault("entry_time", -1), exit, pnl, net >= 0 ? "net_pnl" : "pnl");
        }
    }
}
