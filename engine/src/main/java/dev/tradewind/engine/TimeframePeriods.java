package dev.tradewind.engine;

import java.util.function.LongUnaryOperator;

/**
 * Where the periods of a higher timeframe start and end (epoch ns), for runs fed one bar at a time: a bar belongs to the
 * period holding its open time, and the period's bar closes when the period ends.
 *
 * @param start the first instant of the period holding a time
 * @param end   the first instant after the period holding a time
 */
public record TimeframePeriods(LongUnaryOperator start, LongUnaryOperator end) {}
