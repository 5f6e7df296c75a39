package dev.tradewind.web.replay;

import dev.tradewind.model.Fill;
import dev.tradewind.model.OrderRecord;
import java.util.List;

/**
 * One side of a replay: what a run, or its backtest, did.
 *
 * @param orders every order with its final state, in id order
 * @param fills  every fill, in execution order
 * @param time   the bar times of the equity curve (epoch ns, ascending)
 * @param equity the equity at each of those times
 */
public record Recorded(List<OrderRecord> orders, List<Fill> fills, long[] time, double[] equity) {}
