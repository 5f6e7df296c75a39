package dev.tradewind.engine;

/** A lane's or a desk's bar in the kernel's current step, set by the driver: whether it has one, and its values. */
abstract class Slot {
    boolean due;
    long time;
    double open;
    double high;
    double low;
    double close;
    double volume;

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
