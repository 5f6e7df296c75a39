/**
 * The simulated venue: matching of working orders against bars (order types, triggers, trailing stops, brackets,
 * partial fills against a volume cap, time in force), slippage, fees and liquidation fills. It is an
 * {@link dev.tradewind.engine.ExecutionClient} like an exchange adapter, plus the calls only a simulation needs (a bar
 * opened, a bar closed, the clock moved, liquidate), which the kernel's desks make.
 */
package dev.tradewind.engine.sim;
