package dev.tradewind.data;

import dev.tradewind.model.BarSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/** Reference aggregation: group consecutive bars by a bucket-start function, the slow obvious way. */
final class Naive {
    private Naive() {}

    static BarSeries aggregate(BarSeries s, LongUnaryOperator bucketStart) {
        List<double[]> bars = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            long b = bucketStart.applyAsLong(s.time()[i]);
            if (times.isEmpty() || times.get(times.size() - 1) != b) {
                times.add(b);
                bars.add(new double[] {s.open()[i], s.high()[i], s.low()[i], s.close()[i], 0});
            }
            double[] bar = bars.get(bars.size() - 1);
            bar[1] = Math.max(bar[1], s.high()[i]);
            bar[2] = Math.min(bar[2], s.low()[i]);
            bar[3] = s.close()[i];
            bar[4] += s.volume()[i];
        }
        int n = times.size();
        long[] t = new long[n];
        double[][] c = new double[5][n];
        for (int j = 0; j < n; j++) {
            t[j] = times.get(j);
            for (int k = 0; k < 5; k++) c[k][j] = bars.get(j)[k];
        }
        return new BarSeries(s.symbol(), t, c[0], c[1], c[2], c[3], c[4]);
    }
}
