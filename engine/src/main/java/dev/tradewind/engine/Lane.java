package dev.tradewind.engine;

import dev.tradewind.model.EquityCurve;

/** One member inside the {@link Kernel}: its run, its equity curve, and the bar it gets in the current step. */
final class Lane extends Slot {
    final String id;
    final Run run;
    final EquityCurve curve;
    final double capital;
    final boolean duringWarmup;
    int warmup;
    int bars;
    boolean enabled = true;

    Lane(String id, Run run, EquityCurve curve, double capital, boolean duringWarmup) {
        this.id = id;
        this.run = run;
        this.curve = curve;
        this.capital = capital;
        this.duringWarmup = duringWarmup;
    }

    /** Whether the strategy has had its onBar called (it is past its warm-up, or asked for bars during it). */
    boolean pastWarmup() { return bars > 0 && (duringWarmup || bars > warmup); }
}
