package dev.tradewind.bench.indicators;

import java.util.SplittableRandom;

/** A pre-generated random-walk price series for the indicator benchmarks (fixed seed, so runs compare). */
final class PriceData {

    final double[] open;
    final double[] high;
    final double[] low;
    final double[] close;
    final double[] volume;

    PriceData(int size) {
        SplittableRandom random = new SplittableRandom(42);
        open = new double[size];
        high = new double[size];
        low = new double[size];
        close = new double[size];
        volume = new double[size];
        double price = 100;
        for (int i = 0; i < size; i++) {
            double o = price;
            double c = Math.max(1, o * (1 + 0.01 * (random.nextDouble() - 0.5)));
            open[i] = o;
            close[i] = c;
            high[i] = Math.max(o, c) * (1 + 0.002 * random.nextDouble());
            low[i] = Math.min(o, c) * (1 - 0.002 * random.nextDouble());
            volume[i] = 1 + random.nextInt(10_000);
            price = c;
        }
    }
}
