package dev.tradewind.strategy;

/**
 * Thrown by {@link Context#options()} or {@link Context#futures()} in a run without that desk: the run was started
 * without the settings that list the contracts. Runners that start runs from user settings turn it into a line naming
 * the setting to add.
 */
public final class NoDeskException extends UnsupportedOperationException {
    private final boolean options;

    public NoDeskException(boolean options) {
        super(options ? "this run has no options: give it an option desk (Engine.withOptions; tradewind backtest --options)"
                : "this run has no futures: give it a futures desk (Engine.withFutures; tradewind backtest --futures)");
        this.options = options;
    }

    /** True for the option desk, false for the futures desk. */
    public boolean options() { return options; }
}
