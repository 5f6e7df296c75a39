package dev.tradewind.bench.e2e;

import dev.tradewind.bench.engine.SyntheticBars;
import dev.tradewind.model.BarSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the benchmarks' seeded synthetic one-minute bars ({@link SyntheticBars}) as a Binance-layout CSV
 * ({@code open_time} in epoch milliseconds, then open, high, low, close, volume), the file {@code bench/run-e2e}
 * times the command line on. Usage: {@code WriteBars ROWS FILE}. Prices are written with {@link Double#toString},
 * so the file reads back to exactly the bars the JMH benchmarks use.
 */
public final class WriteBars {
    /** The time column's layout. */
    public enum TimeStyle {
        /** {@code open_time} in epoch milliseconds (Binance). */
        EPOCH_MILLIS,
        /** {@code datetime} as {@code 2024-01-01 00:00:00} in UTC. */
        DATE_TIME
    }

    private WriteBars() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WriteBars ROWS FILE");
            System.exit(2);
        }
        write(SyntheticBars.generate(Integer.parseInt(args[0])), Path.of(args[1]), TimeStyle.EPOCH_MILLIS, false);
    }

    /** Writes the bars to {@code file} (through a temporary file, then moved), gzip-compressed when asked. */
    public static void write(BarSeries b, Path file, TimeStyle style, boolean gzip) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) { // the move would replace it: /dev/null once, run as root
            throw new IOException(file + " exists and is not a regular file; give the path of a file to write");
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
        try (OutputStream raw = Files.newOutputStream(tmp);
                OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(style == TimeStyle.EPOCH_MILLIS ? "open_time,open,high,low,close,volume\n"
                    : "datetime,open,high,low,close,volume\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < b.size(); i++) {
                line.setLength(0);
                long ms = b.time()[i] / 1_000_000L;
                if (style == TimeStyle.EPOCH_MILLIS) line.append(ms);
                else iso.formatTo(Instant.ofEpochMilli(ms), line);
                line.append(',').append(b.open()[i]).append(',').append(b.high()[i])
                        .append(',').append(b.low()[i]).append(',').append(b.close()[i]).append(',')
                        .append(b.volume()[i]).append('\n');
                w.append(line);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
