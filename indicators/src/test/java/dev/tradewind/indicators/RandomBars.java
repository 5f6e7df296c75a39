package dev.tradewind.indicators;

import java.util.Random;

/**
 * Random OHLCV bars for property tests: prices on a 0.25 grid (so ties and flat windows happen), runs of identical
 * bars, gaps, zero-volume stretches.
 */
final class RandomBars {

    private RandomBars() {}

    static Bars generate(long seed, int size) {
        Random random = new Random(seed);
        double[] open = new double[size];
        double[] high = new double[size];
        double[] low = new double[size];
        double[] close = new double[size];
        double[] volume = new double[size];
        double price = 4 * (10 + random.nextInt(400));
        int flat = 0;
        int idle = 0;
        for (int i = 0; i < size; i++) {
            if (flat == 0 && random.nextInt(20) == 0) flat = 1 + random.nextInt(25);
            if (idle == 0 && random.nextInt(25) == 0) idle = 1 + random.nextInt(25);
            if (flat > 0) {
                flat--;
                open[i] = high[i] = low[i] = close[i] = price / 4;
            } else {
                double o = price + (random.nextInt(9) == 0 ? random.nextInt(41) - 20 : 0);
                double c = Math.max(1, o + random.nextInt(13) - 6);
                double h = Math.max(o, c) + (random.nextBoolean() ? 0 : random.nextInt(8));
                double l = Math.max(0.5, Math.min(o, c) - (random.nextBoolean() ? 0 : random.nextInt(8)));
                open[i] = o / 4;
                high[i] = h / 4;
                low[i] = l / 4;
                close[i] = c / 4;
                price = c;
            }
            if (idle > 0) {
                idle--;
                volume[i] = 0;
            } else {
                volume[i] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(100_000);
            }
        }
        return Bars.daily(open, high, low, close, volume);
    }
}
