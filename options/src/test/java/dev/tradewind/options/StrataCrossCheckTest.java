package dev.tradewind.options;

import dev.tradewind.model.OptionType;

import static org.assertj.core.api.Assertions.assertThat;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;
import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our Black-Scholes-Merton and Black-76 prices and greeks against OpenGamma Strata's formula repositories (an
 * independent, maintained implementation) on a grid of strikes from deep in to deep out of the money, expiries from
 * one day to five years, volatilities, rates and dividend yields. Tolerance 1e-10, relative above 1.
 */
class StrataCrossCheckTest {
    private static final double SPOT = 100;
    private static final double[] STRIKES = {20, 50, 70, 85, 95, 99.5, 100, 100.5, 105, 120, 150, 200, 400};
    private static final double[] TIMES = {1 / 365.0, 7 / 365.0, 0.1, 0.5, 1, 2, 5};
    private static final double[] VOLS = {0.03, 0.1, 0.2, 0.45, 0.9, 1.5};
    private static final double[] RATES = {-0.005, 0, 0.02, 0.07};
    private static final double[] YIELDS = {0, 0.015, 0.04};
    private static final double TOL = 1e-10;

    @Test
    void blackScholesMatchesStrata() {
        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        Greeks g = new Greeks();
        for (double k : STRIKES) for (double t : TIMES) for (double vol : VOLS) for (double r : RATES) for (double q : YIELDS) {
            for (OptionType type : OptionType.values()) {
                boolean call = type == OptionType.CALL;
                double b = r - q;
                BlackScholes.greeks(type, SPOT, k, t, vol, r, q, g);
                String at = type + " K=" + k + " t=" + t + " vol=" + vol + " r=" + r + " q=" + q;
                check(mismatches, at + " price", g.price(), BlackScholesFormulaRepository.price(SPOT, k, t, vol, r, b, call));
                check(mismatches, at + " delta", g.delta(), BlackScholesFormulaRepository.delta(SPOT, k, t, vol, r, b, call));
                check(mismatches, at + " gamma", g.gamma(), BlackScholesFormulaRepository.gamma(SPOT, k, t, vol, r, b));
                check(mismatches, at + " vega", g.vega(), BlackScholesFormulaRepository.vega(SPOT, k, t, vol, r, b));
                check(mismatches, at + " theta", g.theta(), BlackScholesFormulaRepository.theta(SPOT, k, t, vol, r, b, call));
                check(mismatches, at + " rho", g.rho(), BlackScholesFormulaRepository.rho(SPOT, k, t, vol, r, b, call));
                // the single-value methods agree with the one-pass method exactly
                check(mismatches, at + " price()", BlackScholes.price(type, SPOT, k, t, vol, r, q), g.price());
                check(mismatches, at + " delta()", BlackScholes.delta(type, SPOT, k, t, vol, r, q), g.delta());
                check(mismatches, at + " gamma()", BlackScholes.gamma(SPOT, k, t, vol, r, q), g.gamma());
                check(mismatches, at + " vega()", BlackScholes.vega(SPOT, k, t, vol, r, q), g.vega());
                cases++;
            }
        }
        assertThat(cases).isEqualTo(STRIKES.length * TIMES.length * VOLS.length * RATES.length * YIELDS.length * 2);
        assertThat(mismatches).as("%d cases", cases).isEmpty();
    }

    @Test
    void black76MatchesStrata() {
        List<String> mismatches = new ArrayList<>();
        Greeks g = new Greeks();
        for (double k : STRIKES) for (double t : TIMES) for (double vol : VOLS) for (double r : RATES) {
            for (OptionType type : OptionType.values()) {
                boolean call = type == OptionType.CALL;
                double df = Math.exp(-r * t);
                double f = SPOT;
                Black76.greeks(type, f, k, t, vol, r, g);
                String at = type + " K=" + k + " t=" + t + " vol=" + vol + " r=" + r;
                double strataPrice = df * BlackFormulaRepository.price(f, k, t, vol, call);
                check(mismatches, at + " price", g.price(), strataPrice);
                check(mismatches, at + " delta", g.delta(), df * BlackFormulaRepository.delta(f, k, t, vol, call));
                check(mismatches, at + " gamma", g.gamma(), df * BlackFormulaRepository.gamma(f, k, t, vol));
                check(mismatches, at + " vega", g.vega(), df * BlackFormulaRepository.vega(f, k, t, vol));
                // Strata's Black theta treats the forward as a spot; ours holds the forward: r V + df x driftless theta.
                check(mismatches, at + " theta", g.theta(), r * strataPrice + df * BlackFormulaRepository.driftlessTheta(f, k, t, vol));
                // and Black-76 is BSM with zero cost of carry
                check(mismatches, at + " theta (bsm, b = 0)", g.theta(), BlackScholesFormulaRepository.theta(f, k, t, vol, r, 0, call));
                check(mismatches, at + " rho", g.rho(), -t * strataPrice);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void impliedVolMatchesStrataOnBlack76() {
        List<String> mismatches = new ArrayList<>();
        for (double k : new double[] {50, 80, 95, 100, 105, 130, 200}) for (double t : TIMES) for (double vol : VOLS) {
            for (OptionType type : OptionType.values()) {
                double undiscounted = BlackFormulaRepository.price(SPOT, k, t, vol, type == OptionType.CALL);
                double timeValue = undiscounted - type.intrinsic(SPOT, k);
                if (timeValue < 1e-8 * SPOT) continue; // Strata's solver (and any) loses the volatility in the last digits
                double strata = BlackFormulaRepository.impliedVolatility(undiscounted, SPOT, k, t, type == OptionType.CALL);
                ImpliedVol.Result ours = ImpliedVol.black76(type, undiscounted, SPOT, k, t, 0);
                check(mismatches, type + " K=" + k + " t=" + t + " vol=" + vol + " iv vs strata", ours.vol(), strata);
                check(mismatches, type + " K=" + k + " t=" + t + " vol=" + vol + " iv vs input", ours.vol(), vol);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void check(List<String> mismatches, String what, double actual, double expected) {
        double tol = TOL * Math.max(1, Math.abs(expected));
        if (!(Math.abs(actual - expected) <= tol)) {
            mismatches.add(what + ": ours " + actual + ", strata " + expected + ", diff " + (actual - expected));
        }
    }
}
