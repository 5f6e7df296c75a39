package dev.tradewind.options;

/**
 * The standard normal distribution: density and cumulative probability, accurate to a few units in the last place
 * over the whole line (the tails included, where {@code 1 - cdf} would lose everything). The complementary error
 * function is W. J. Cody's rational Chebyshev approximation ("Rational Chebyshev approximations for the error
 * function", Math. Comp. 23, 1969, pp. 631-638) with the coefficients of that paper; written here because the JDK has
 * no erf and pricing calls it twice per option. Stateless, allocation-free, thread-safe.
 */
public final class Normal {
    private Normal() {}

    private static final double INV_SQRT_2PI = 0.3989422804014327;
    private static final double INV_SQRT_2 = 0.7071067811865476;
    private static final double INV_SQRT_PI = 0.5641895835477563;

    private static final double[] A = {3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947,
        0.185777706184603153};
    private static final double[] B = {23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062};
    private static final double[] C = {0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131,
        881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8};
    private static final double[] D = {15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019,
        3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942};
    private static final double[] P = {0.305326634961232344, 0.360344899949804439, 0.125781726111229246,
        0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978};
    private static final double[] Q = {2.56852019228982242, 1.87295284992346047, 0.527905102951428412,
        0.0605183413124413191, 0.00233520497626869185};

    /** The density {@code exp(-x^2/2) / sqrt(2 pi)}. */
    public static double pdf(double x) { return INV_SQRT_2PI * Math.exp(-0.5 * x * x); }

    /** {@code P(Z <= x)} for a standard normal Z; 0 and 1 at the infinities, NaN for NaN. */
    public static double cdf(double x) { return 0.5 * erfc(-x * INV_SQRT_2); }

    /** The complementary error function {@code 1 - erf(x)}, with full relative accuracy for large positive x. */
    public static double erfc(double x) {
        double y = Math.abs(x);
        double r;
        if (y <= 0.46875) {
            double ysq = y * y;
            double num = A[4] * ysq;
            double den = ysq;
            for (int i = 0; i < 3; i++) {
                num = (num + A[i]) * ysq;
                den = (den + B[i]) * ysq;
            }
            return 1 - x * (num + A[3]) / (den + B[3]);
        } else if (y <= 4) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            r = (num + C[7]) / (den + D[7]);
            r *= expMinusSquare(y);
        } else if (y >= 26.543) {
            r = 0;
        } else {
            double ysq = 1 / (y * y);
            double num = P[5] * ysq;
            double den = ysq;
            for (int i = 0; i < 4; i++) {
                num = (num + P[i]) * ysq;
                den = (den + Q[i]) * ysq;
            }
            r = ysq * (num + P[4]) / (den + Q[4]);
            r = (INV_SQRT_PI - r) / y;
            r *= expMinusSquare(y);
        }
        if (Double.isNaN(x)) return x;
        return x < 0 ? 2 - r : r;
    }

    /** {@code exp(-y^2)} with y^2 split into a part exact in binary and a small rest, as Cody does, to keep y^2's rounding out. */
    private static double expMinusSquare(double y) {
        double head = Math.floor(y * 16) / 16;
        double rest = (y - head) * (y + head);
        return Math.exp(-head * head) * Math.exp(-rest);
    }
}
