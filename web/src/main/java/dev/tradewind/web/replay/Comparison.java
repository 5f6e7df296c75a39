package dev.tradewind.web.replay;

import java.util.List;

/**
 * A run compared with its backtest.
 *
 * @param summary the numbers
 * @param orders  every order of either side, in time order
 * @param fills   every fill of either side, in time order
 * @param equity  both equity curves by bar time, in time order
 */
public record Comparison(Summary summary, List<OrderMatch> orders, List<FillMatch> fills, List<EquityGap> equity) {}
