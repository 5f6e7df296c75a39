/**
 * Live (or paper) versus backtest: a recorded run's bars replayed as a backtest through the same kernel
 * ({@link dev.tradewind.web.replay.Replayer}), then its orders, fills and equity matched against what the run recorded
 * ({@link dev.tradewind.web.replay.Differ}) and written as files ({@link dev.tradewind.web.replay.ReplayFiles}).
 */
package dev.tradewind.web.replay;
