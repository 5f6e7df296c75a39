package dev.tradewind.engine;

/** One member inside the {@link Kernel}: its run, its equity curve, and the bar it gets in the current step. */
final class Lane {
    final String id;
    final Run run;
    final EquityCurve curve;
    final double capital;
    final boolean duringWarmup;
    int warmup;
    int bars;
    boolean enabled = true;
    boolean due;
    long time;
    double open;
    double high;
    double low;
    double close;
    double volume;

    Lane(String id, Run run, EquityCurve curve, double capital, boolean duringWarmup) {
        this.id = id;
        this.run = run;
        this.curve = curve;
        this.capital = capital;
        this.duringWarmup = duringWarmup;
    }

    void bar(long t, double o, double h, double l, double c, double v) {
        due = true;
        time = t;
        open = o;
        high = h;
        low = l;
        close = c;
        volume = v;
    }
}
