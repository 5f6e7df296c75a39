package dev.tradewind.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the gzipped CSV files under {@code src/test/resources/reference}: a header row, then numbers (empty = NaN). */
record ReferenceData(List<String> header, Map<String, double[]> columns, int rows) {

    static ReferenceData load(String name) {
        String path = "/reference/" + name + ".csv.gz";
        try (InputStream raw = ReferenceData.class.getResourceAsStream(path)) {
            if (raw == null) throw new IllegalStateException("missing test resource " + path);
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            List<String> header = List.of(in.readLine().split(",", -1));
            List<String[]> lines = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isEmpty()) lines.add(line.split(",", -1));
            }
            Map<String, double[]> columns = new HashMap<>();
            for (int c = 1; c < header.size(); c++) {
                double[] values = new double[lines.size()];
                for (int r = 0; r < values.length; r++) {
                    String cell = lines.get(r)[c];
                    values[r] = cell.isEmpty() || cell.equals("NA") ? Double.NaN : Double.parseDouble(cell);
                }
                columns.put(header.get(c), values);
            }
            return new ReferenceData(header, columns, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] column(String name) {
        double[] c = columns.get(name);
        if (c == null) throw new IllegalArgumentException("no column " + name + " in " + header);
        return c;
    }

    static int firstValid(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) return i;
        }
        return -1;
    }
}
