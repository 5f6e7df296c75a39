package dev.tradewind.metrics;

import dev.tradewind.model.Trade;
import java.util.List;

/** Statistics of closed trades by {@code netPnl}, summed in list order; see {@link Statistics}. */
record TradeStats(int trades, double winRate, double profitFactor, double expectancy, double avgWin,
        double avgLoss, double sqn) {

    static TradeStats of(List<Trade> list) { return of(list, StatisticsOptions.Deviation.SAMPLE); }

    static TradeStats of(List<Trade> list, StatisticsOptions.Deviation sqnDeviation) {
        int n = list.size();
        double[] pnl = new double[n];
        int wins = 0;
        int losses = 0;
        double grossWin = 0;
        double grossLoss = 0;
        dev.tradewind.model.TradePnls log = list instanceof dev.tradewind.model.TradePnls l ? l : null; // read in place
        for (int i = 0; i < n; i++) {
            pnl[i] = log != null ? log.netPnl(i) : list.get(i).netPnl();
            if (pnl[i] > 0) {
                wins++;
                grossWin += pnl[i];
            } else if (pnl[i] < 0) {
                losses++;
                grossLoss += pnl[i];
            }
        }
        double mean = Moments.mean(pnl, n);
        double sd = sqnDeviation == StatisticsOptions.Deviation.SAMPLE ? Moments.sampleStdev(pnl, n) : Moments.populationStdev(pnl, n);
        double sqn = n < 2 ? 0 : Moments.ratio(Math.sqrt(n) * mean, sd);
        return new TradeStats(n, Moments.ratio(wins, n), Moments.ratio(grossWin, -grossLoss), Moments.finite(mean),
                Moments.ratio(grossWin, wins), Moments.ratio(grossLoss, losses), sqn);
    }
}
