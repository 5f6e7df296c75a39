/**
 * A member's account: the ledger of positions, cash, fees and margin ({@link dev.tradewind.engine.account.Portfolio}),
 * round trips with their excursions ({@link dev.tradewind.engine.account.TradeTracker}), funding and borrow
 * ({@link dev.tradewind.engine.account.Financing}), the risk gate and PnL by period. The kernel's runs and a
 * portfolio's desks keep one each; nothing here knows how orders are matched.
 */
package dev.tradewind.engine.account;
