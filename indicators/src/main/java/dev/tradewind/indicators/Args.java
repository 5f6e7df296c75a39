package dev.tradewind.indicators;

import java.time.ZoneId;
import java.util.Arrays;

/** Resolved parameter values handed to an {@link IndicatorDef.Factory}, in the definition's parameter order. */
public final class Args {

    private final Object[] values;

    Args(Object[] values) { this.values = values.clone(); }

    public int integer(int index) { return (Integer) values[index]; }

    public double real(int index) { return (Double) values[index]; }

    public String text(int index) { return (String) values[index]; }

    public ZoneId zone(int index) { return (ZoneId) values[index]; }

    public int size() { return values.length; }

    Object get(int index) { return values[index]; }

    @Override public String toString() { return Arrays.toString(values); }
}
