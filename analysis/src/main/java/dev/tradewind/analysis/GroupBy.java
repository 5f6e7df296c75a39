package dev.tradewind.analysis;

/** What one analyzed series is: the trades of one strategy, of one symbol, or of one file. */
public enum GroupBy {
    STRATEGY, SYMBOL, FILE;

    String key(TradeRow t) {
        return switch (this) {
            case STRATEGY -> t.strategy();
            case SYMBOL -> t.symbol();
            case FILE -> t.file();
        };
    }
}
