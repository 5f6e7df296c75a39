package dev.tradewind.engine;

import dev.tradewind.model.OrderBook;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the recorded Binance depth snapshot (test fixture; columns symbol,timestamp,...,side,update_type,price,qty). */
final class Books {
    private Books() {}

    static OrderBook binanceBids(String resource) throws Exception {
        List<double[]> bids = new ArrayList<>();
        long time = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Books.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                time = Long.parseLong(f[1]) * 1_000_000L;
                if (f[4].equals("b")) bids.add(new double[] {Double.parseDouble(f[6]), Double.parseDouble(f[7])});
            }
        }
        double[] p = new double[bids.size()];
        double[] q = new double[bids.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = bids.get(i)[0];
            q[i] = bids.get(i)[1];
        }
        return new OrderBook(time, p, q, new double[0], new double[0]);
    }
}
