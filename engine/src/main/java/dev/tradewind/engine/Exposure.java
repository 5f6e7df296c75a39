package dev.tradewind.engine;

/** The account-wide view compliance needs: equity and every symbol's position value. */
interface Exposure {
    double equity();

    /** Sum of |position value| over all symbols except {@code symbol}. */
    double grossExcept(String symbol);

    /** Sum of signed position values over all symbols except {@code symbol}. */
    double netExcept(String symbol);

    /** Number of symbols other than {@code symbol} where the account holds a position. */
    int openPositionsExcept(String symbol);
}
