package dev.tradewind.model;

/**
 * A tradable instrument and its grid. Every order price is rounded to {@link #tickSize} and every size to
 * {@link #lotSize} here, so what a strategy sends is valid on a real exchange.
 *
 * @param symbol     exchange symbol, e.g. {@code FILUSDT}
 * @param kind       spot (cash changes hands) or future (marked to market into cash every bar)
 * @param tickSize   price increment; 0 means prices are not rounded
 * @param lotSize    size increment; 0 means sizes are not rounded
 * @param multiplier contract value per unit of price per unit of size (1 for spot)
 * @param marginRate initial margin as a fraction of notional for futures (e.g. 0.1 for 10x); ignored for spot
 * @param maintenanceRate maintenance margin as a fraction of notional: below it a futures position is liquidated
 * @param minNotional smallest order value (price x size x multiplier) the exchange accepts; 0 for none
 * @param marginPerContract initial margin as a fixed amount per unit of size for futures (e.g. 1000 per contract);
 *                          when > 0 it replaces {@code marginRate}
 * @param maintenancePerContract maintenance margin per unit of size; when > 0 it replaces {@code maintenanceRate}
 *                          (used only with {@code marginPerContract})
 */
public record Instrument(String symbol, Kind kind, double tickSize, double lotSize, double multiplier, double marginRate,
        double maintenanceRate, double minNotional, double marginPerContract, double maintenancePerContract) {

    /** Spot or futures-style settlement. */
    public enum Kind { SPOT, FUTURE }

    public Instrument {
        if (symbol == null || symbol.isBlank()) throw new IllegalArgumentException("symbol is blank");
        if (!(tickSize >= 0) || !(lotSize >= 0)) throw new IllegalArgumentException("tick and lot must be >= 0");
        if (!(multiplier > 0)) throw new IllegalArgumentException("multiplier must be > 0");
        if (!(marginRate >= 0 && marginRate <= 1)) throw new IllegalArgumentException("margin rate must be in [0, 1]");
        if (!(maintenanceRate >= 0 && maintenanceRate <= marginRate)) {
            throw new IllegalArgumentException("maintenance rate must be in [0, margin rate]");
        }
        if (!(minNotional >= 0)) throw new IllegalArgumentException("min notional must be >= 0");
        if (!(marginPerContract >= 0) || Double.isInfinite(marginPerContract)) {
            throw new IllegalArgumentException("margin per contract must be >= 0");
        }
        if (!(maintenancePerContract >= 0 && maintenancePerContract <= marginPerContract)) {
            throw new IllegalArgumentException("maintenance per contract must be in [0, margin per contract]");
        }
    }

    /** An instrument whose margins are rates of notional. */
    public Instrument(String symbol, Kind kind, double tickSize, double lotSize, double multiplier, double marginRate,
            double maintenanceRate, double minNotional) {
        this(symbol, kind, tickSize, lotSize, multiplier, marginRate, maintenanceRate, minNotional, 0, 0);
    }

    /** An instrument whose maintenance margin is half its initial margin and with no minimum notional. */
    public Instrument(String symbol, Kind kind, double tickSize, double lotSize, double multiplier, double marginRate) {
        this(symbol, kind, tickSize, lotSize, multiplier, marginRate, marginRate / 2, 0);
    }

    /** A spot instrument with no price or size grid. */
    public static Instrument spot(String symbol) { return new Instrument(symbol, Kind.SPOT, 0, 0, 1, 1, 0.5, 0); }

    public boolean isFuture() { return kind == Kind.FUTURE; }

    /** This instrument with a fixed initial and maintenance margin per unit of size (futures). */
    public Instrument withMarginPerContract(double initial, double maintenance) {
        return new Instrument(symbol, kind, tickSize, lotSize, multiplier, marginRate, maintenanceRate, minNotional, initial,
                maintenance);
    }

    /** Initial margin of {@code quantity} units at {@code price}: per contract when set, else the rate of notional. */
    public double initialMargin(double quantity, double price) {
        double q = Math.abs(quantity);
        return marginPerContract > 0 ? q * marginPerContract : q * price * multiplier * marginRate;
    }

    /** Maintenance margin of {@code quantity} units at {@code price}, per contract or as a rate like the initial. */
    public double maintenanceMargin(double quantity, double price) {
        double q = Math.abs(quantity);
        return marginPerContract > 0 ? q * maintenancePerContract : q * price * multiplier * maintenanceRate;
    }

    /**
     * The price rounded to a tick against the trader: up for a buy ({@code sign > 0}), down for a sell. A price within
     * a relative 1e-9 of a tick (floating-point noise) is that tick.
     */
    public double roundPriceAgainst(double price, int sign) {
        if (tickSize == 0) return price;
        double ticks = price / tickSize;
        double whole = Math.rint(ticks);
        if (Math.abs(ticks - whole) > 1e-9 * Math.max(1, Math.abs(whole))) whole = sign > 0 ? Math.ceil(ticks) : Math.floor(ticks);
        return round(price, tickSize, whole);
    }

    /** The price rounded to the nearest tick. */
    public double roundPrice(double price) { return round(price, tickSize, Math.rint(price / tickSize)); }

    /**
     * The size rounded toward zero to a whole number of lots. A lot count within a relative 1e-12 of a whole number
     * (floating-point noise, e.g. 0.3 / 0.1 = 2.9999999999999996) counts as that whole number.
     */
    public double roundSize(double size) {
        if (lotSize == 0) return size;
        double lots = size / lotSize;
        double whole = Math.rint(lots);
        if (Math.abs(lots - whole) > 1e-12 * Math.max(1, Math.abs(whole))) whole = lots >= 0 ? Math.floor(lots) : Math.ceil(lots);
        return round(size, lotSize, whole);
    }

    private static double round(double value, double step, double steps) {
        if (step == 0) return value;
        // The step as a decimal n / 10^k (0.001 is 1 / 10^3) so 0.001 x 4253 is 4.253, the double nearest the decimal
        // product: n x steps and 10^k are exact doubles, so their quotient is correctly rounded.
        Decimal d = Decimal.of(step);
        if (d != null) {
            double units = d.n * steps;
            if (Math.abs(units) < EXACT && d.n < EXACT) return units / d.scale;
        }
        return decimalRound(step, steps);
    }

    /**
     * A step as the decimal {@code n / scale} ({@code scale} = 10^k, the smallest k that gives back the step exactly),
     * found once per distinct step and kept: finding it again on every order took 3% of a sweep trial's CPU.
     */
    private record Decimal(double step, double n, double scale) {
        // by the step's bits; a racy cache is safe, its entries are immutable (final fields) and found again if lost
        private static final Decimal[] KNOWN = new Decimal[64];

        /** The decimal of {@code step}, or null when it has none with k <= 15. */
        static Decimal of(double step) {
            long bits = Double.doubleToRawLongBits(step);
            int slot = (int) (bits ^ bits >>> 29 ^ bits >>> 47) & (KNOWN.length - 1);
            Decimal d = KNOWN[slot];
            if (d == null || Double.doubleToRawLongBits(d.step) != bits) KNOWN[slot] = d = find(step);
            return d.scale == 0 ? null : d;
        }

        private static Decimal find(double step) {
            double scale = 1;
            for (int k = 0; k <= 15; k++, scale *= 10) {
                double n = Math.rint(step * scale);
                if (n / scale == step) return new Decimal(step, n, scale);
            }
            return new Decimal(step, 0, 0);
        }
    }

    /** The same through BigDecimal: for steps that are no short decimal, or products beyond exact doubles. */
    static double decimalRound(double step, double steps) {
        return new java.math.BigDecimal(Double.toString(step)).multiply(java.math.BigDecimal.valueOf((long) steps)).doubleValue();
    }

    /** 2^52: integers below it, and their products below it, are exact doubles. */
    private static final double EXACT = 4.503599627370496E15;
}
