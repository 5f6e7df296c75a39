package dev.tradewind.engine;

/**
 * When the account checks that it can pay for an order (spot cash, futures margin, leverage cap).
 * <ul>
 *   <li>{@link #FILL}: only when the order fills, at the fill price (the default);</li>
 *   <li>{@link #SUBMIT}: also when the strategy sends an entry, at the signal bar's close (or the order's limit or
 *       stop price), counting the entries already sent in the same bar, as backtrader's broker does with
 *       {@code checksubmit=True}; a refused order is rejected at once. The fill is still checked.</li>
 * </ul>
 */
public enum CashCheck { FILL, SUBMIT }
