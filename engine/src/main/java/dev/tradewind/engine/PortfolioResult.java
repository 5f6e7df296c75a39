package dev.tradewind.engine;

import dev.tradewind.model.BacktestResult;

import java.util.List;
import java.util.Map;

/**
 * What a portfolio run produced: each member's own result (its ledger, orders, trades, equity), the account's equity,
 * the netted orders the venues saw, and every compliance decision.
 *
 * @param members      member ids, in configuration order
 * @param results      each member's result, same order; its equity starts at its allocated capital
 * @param allocated    each member's allocated capital
 * @param time         the union of all bar times
 * @param equity       account equity at each time
 * @param cash         account cash at each time
 * @param netted       the netted market orders sent to the venues
 * @param compliance   resized or rejected orders and why
 * @param pnlBySymbol  account PnL per symbol after costs (from the venues' fills)
 */
public record PortfolioResult(List<String> members, List<BacktestResult> results, double[] allocated, double startingCash,
        long[] time, double[] equity, double[] cash, List<NettedOrder> netted, List<ComplianceAction> compliance,
        Map<String, Double> pnlBySymbol) {

    public double finalEquity() { return equity.length == 0 ? startingCash : equity[equity.length - 1]; }

    /** A member's PnL after costs: its final equity minus its allocated capital. */
    public double memberPnl(int i) { return results.get(i).finalEquity() - allocated[i]; }
}
