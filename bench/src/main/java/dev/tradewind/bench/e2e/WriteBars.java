package dev.tradewind.bench.e2e;

import dev.tradewind.bench.engine.SyntheticBars;
import dev.tradewind.model.BarSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmarks' seeded synthetic one-minute bars ({@link SyntheticBars}) as a Binance-layout CSV
 * ({@code open_time} in epoch milliseconds, then open, high, low, close, volume), the file {@code bench/run-e2e}
 * times the command line on. Usage: {@code WriteBars ROWS FILE}. Prices are written with {@link Double#toString},
 * so the file reads back to exactly the bars the JMH benchmarks use.
 */
public final class WriteBars {
    private WriteBars() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WriteBars ROWS FILE");
            System.exit(2);
        }
        int rows = Integer.parseInt(args[0]);
        BarSeries b = SyntheticBars.generate(rows);
        Path file = Path.of(args[1]);
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
            w.write("open_time,open,high,low,close,volume\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < rows; i++) {
                line.setLength(0);
                line.append(b.time()[i] / 1_000_000L).append(',').append(b.open()[i]).append(',').append(b.high()[i])
                        .append(',').append(b.low()[i]).append(',').append(b.close()[i]).append(',')
                        .append(b.volume()[i]).append('\n');
                w.append(line);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
