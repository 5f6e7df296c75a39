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
}
