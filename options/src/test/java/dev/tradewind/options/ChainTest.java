package dev.tradewind.options;

import dev.tradewind.model.OptionType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SPXW snapshots (samples in src/test/resources/chains) load in both layouts, and their mids reprice. */
class ChainTest {
    // continuously compounded rates near the 3-month US T-bill yield of each day (about 2.2% on 2019-06-26, 4.0% on
    // 2025-09-03); they enter only through discounting, the forward comes from put-call parity at the same rate
    private static final double R_2019 = 0.022;
    private static final double R_2025 = 0.040;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ChainTest.class.getResource("/chains/" + name).toURI());
    }

    @Test
    void theLongLayoutLoads() throws Exception {
        Chain chain = ChainLoader.load(resource("spxw20190626.csv.gz"), ChainFormat.SPXW);
        assertThat(chain.expiries()).hasSize(8).startsWith(LocalDate.parse("2019-06-26")).endsWith(LocalDate.parse("2020-06-30"));
        assertThat(chain.quoteCount()).isEqualTo(3208);
        assertThat(chain.spot()).isCloseTo(2918.11, within(1e-9));
        assertThat(chain.quoteTime().toString()).isEqualTo("2019-06-26T15:45-04:00[America/New_York]");
        ChainSlice zeroDte = chain.slice(LocalDate.parse("2019-06-26"));
        assertThat(zeroDte.years()).isEqualTo(15 / (365.0 * 24 * 60)); // 15:45 to the 16:00 close
        // first rows of the file: 1700 C bid 1209.1 ask 1229.2; 1700 P no bid, ask 0.05
        int i = zeroDte.indexOf(1700);
        assertThat(zeroDte.bid(OptionType.CALL, i)).isEqualTo(1209.1);
        assertThat(zeroDte.ask(OptionType.CALL, i)).isEqualTo(1229.2);
        assertThat(zeroDte.mid(OptionType.CALL, i)).isCloseTo(1219.15, within(1e-9));
        assertThat(zeroDte.mid(OptionType.PUT, i)).isNaN();
        // at the money: the spot is 2918.11; strikes are 5 apart here; the parity forward of a 15-minute expiry is the
        // spot within the quotes' half spread
        assertThat(zeroDte.atmBySpot(chain.spot())).isEqualTo(2920);
        assertThat(zeroDte.forward(R_2019)).isCloseTo(chain.spot(), within(0.5));
        assertThat(zeroDte.atmByForward(R_2019)).isEqualTo(2920);
    }

    @Test
    void theWideLayoutLoadsWithoutASpot() throws Exception {
        Chain chain = ChainLoader.load(resource("spxw20250903.csv.gz"), ChainFormat.SPXW);
        assertThat(chain.expiries()).hasSize(6);
        assertThat(chain.quoteCount()).isEqualTo(2 * 1721);
        assertThat(chain.spot()).isNaN();
        ChainSlice s = chain.slice(LocalDate.parse("2025-09-04"));
        // row 2025-09-04,6450: call 12.9/13.2, put 14.9/15.1: the forward is a little below 6450
        int i = s.indexOf(6450);
        assertThat(s.mid(OptionType.CALL, i)).isCloseTo(13.05, within(1e-9));
        assertThat(s.mid(OptionType.PUT, i)).isCloseTo(15.0, within(1e-9));
        double f = s.forward(R_2025);
        assertThat(f).isBetween(6447.0, 6449.0);
        assertThat(s.atmByForward(R_2025)).isEqualTo(6450);
        // moneyness 0.95: the strike nearest 0.95 F
        assertThat(s.strikeByMoneyness(0.95, R_2025)).isEqualTo(s.strike(s.nearest(0.95 * f)));
        assertThat(Math.abs(s.strikeByMoneyness(0.95, R_2025) - 0.95 * f)).isLessThanOrEqualTo(12.5);
    }

    @Test
    void strikesByDeltaAndPremium() throws Exception {
        Chain chain = ChainLoader.load(resource("spxw20190626.csv.gz"), ChainFormat.SPXW);
        ChainSlice s = chain.slice(LocalDate.parse("2019-07-19"));
        double f = s.forward(R_2019);
        for (OptionType type : OptionType.values()) {
            double target = type == OptionType.CALL ? 0.25 : -0.25;
            double k = s.strikeByDelta(type, target, R_2019);
            // Strata's forward delta at each strike's own implied vol: the chosen strike is the nearest to the target
            double chosen = Math.abs(strataDelta(s, type, s.indexOf(k), f) - target);
            assertThat(chosen).isLessThan(0.01);
            for (int i = 0; i < s.size(); i++) {
                if (Double.isNaN(s.impliedVol(type, i, f, R_2019))) continue;
                assertThat(Math.abs(strataDelta(s, type, i, f) - target)).isGreaterThanOrEqualTo(chosen - 1e-12);
            }
            // puts below and calls above the forward
            assertThat(type == OptionType.CALL ? k > f : k < f).isTrue();
        }
        double k = s.strikeByPremium(OptionType.PUT, 10.0);
        int at = s.indexOf(k);
        for (int i = 0; i < s.size(); i++) {
            double m = s.mid(OptionType.PUT, i);
            if (!Double.isNaN(m)) assertThat(Math.abs(m - 10)).isGreaterThanOrEqualTo(Math.abs(s.mid(OptionType.PUT, at) - 10));
        }
        assertThat(s.mid(OptionType.PUT, at)).isCloseTo(10, within(1.0));
    }

    private static double strataDelta(ChainSlice s, OptionType type, int i, double f) {
        double vol = s.impliedVol(type, i, f, R_2019);
        return BlackFormulaRepository.delta(f, s.strike(i), s.years(), vol, type == OptionType.CALL);
    }

    /**
     * Every two-sided mid is solved for a Black-76 volatility on the parity forward, discounted at the rate the chain's
     * own put-call parity implies (30 days and longer; 2.45% and 4.62%, against T-bill yields near 2.2% and 4.0%: the
     * box-spread premium). Each fitted volatility reprices its mid to within 1e-12 of the forward (under 7e-9 index
     * points at SPX 6,500, nothing next to the 0.05 tick): the solver stops at 1e-15 in total volatility, a vega of at
     * most 0.4 F sqrt(t) turns that into well under 1e-15 F, and the price formula's own rounding is a few ulps of F.
     * Measured: at most 2e-12 index points.
     *
     * <p>The quotes without a fitting volatility are of two kinds, counted and pinned: no bid (no two-sided quote, no
     * mid), and in-the-money quotes whose mid is below the discounted intrinsic value on the parity forward. Every one
     * of the latter has its ask above that intrinsic value, so a volatility fits inside the spread; their time value
     * (short expiries, or deep in the money where spreads are wide) is smaller than the spread's asymmetry, and the mid
     * carries no volatility.
     */
    @Test
    void impliedVolatilitiesFromMidsReproduceTheMids() throws Exception {
        Chain c2019 = ChainLoader.load(resource("spxw20190626.csv.gz"), ChainFormat.SPXW);
        Chain c2025 = ChainLoader.load(resource("spxw20250903.csv.gz"), ChainFormat.SPXW);
        double r2019 = c2019.impliedRate(30 / 365.0);
        double r2025 = c2025.impliedRate(30 / 365.0);
        assertThat(r2019).isBetween(0.02, 0.03);
        assertThat(r2025).isBetween(0.04, 0.05);
        Map<String, Integer> report2019 = reprice(c2019, r2019);
        Map<String, Integer> report2025 = reprice(c2025, r2025);
        System.out.println("2019-06-26 (long layout, r " + r2019 + "): " + report2019);
        System.out.println("2025-09-03 (wide layout, r " + r2025 + "): " + report2025);
        assertThat(report2019).isEqualTo(Map.of("FIT", 2511, "BELOW_INTRINSIC", 246, "no bid", 451));
        assertThat(report2025).isEqualTo(Map.of("FIT", 3008, "BELOW_INTRINSIC", 207, "no bid", 227));
    }

    private static Map<String, Integer> reprice(Chain chain, double r) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        double worst = 0;
        for (LocalDate e : chain.expiries()) {
            ChainSlice s = chain.slice(e);
            double f = s.forward(r);
            double df = Math.exp(-r * s.years());
            for (int i = 0; i < s.size(); i++) {
                for (OptionType type : OptionType.values()) {
                    if (Double.isNaN(s.bid(type, i))) continue;
                    double mid = s.mid(type, i);
                    if (Double.isNaN(mid)) {
                        assertThat(s.bid(type, i)).isZero();
                        counts.merge("no bid", 1, Integer::sum);
                        continue;
                    }
                    ImpliedVol.Result iv = s.impliedVolResult(type, i, f, r);
                    counts.merge(iv.status().name(), 1, Integer::sum);
                    String at = e + " " + s.strike(i) + " " + type;
                    switch (iv.status()) {
                        case FIT -> {
                            double back = Black76.price(type, f, s.strike(i), s.years(), iv.vol(), r);
                            assertThat(back).as(at).isCloseTo(mid, within(1e-12 * f));
                            worst = Math.max(worst, Math.abs(back - mid));
                        }
                        case BELOW_INTRINSIC -> {
                            double intrinsic = df * type.intrinsic(f, s.strike(i));
                            assertThat(intrinsic).as(at).isPositive();
                            assertThat(s.ask(type, i)).as(at).isGreaterThan(intrinsic);
                        }
                        default -> throw new AssertionError(at + ": " + iv);
                    }
                }
            }
        }
        System.out.println(chain.quoteTime().toLocalDate() + ": worst |repriced - mid| " + worst + " index points");
        return counts;
    }

    @Test
    void badFilesAreOneClearLine() throws Exception {
        assertThatThrownBy(() -> ChainLoader.read("x.csv", new StringReader("a,b\n1,2\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .isInstanceOf(OptionDataException.class).hasMessageStartingWith("x.csv:1: unknown layout");
        String head = "Date,ExpDate,Strike,CallBid,CallAsk,CallPrice,CallVolume,CallOI,PutBid,PutAsk,PutPrice,PutVolume,PutOI\n";
        assertThatThrownBy(() -> ChainLoader.read("w.csv", new StringReader(head
                + "2025-09-03,2025-09-04,6450,12.9,abc,0,0,0,14.9,15.1,0,0,0\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("w.csv:2: field 'CallAsk': expected a number >= 0, got 'abc'");
        assertThatThrownBy(() -> ChainLoader.read("w.csv", new StringReader(head
                + "2025-09-03,2025-09-04,6450,12.9,13,0,0,0,14.9,15.1,0,0,0\n"
                + "2025-09-04,2025-09-05,6450,12.9,13,0,0,0,14.9,15.1,0,0,0\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("w.csv:3: field 'Date': 2025-09-04 differs from the first row's 2025-09-03; a chain file holds one snapshot");
        assertThatThrownBy(() -> ChainLoader.read("w.csv", new StringReader(head
                + "2025-09-03,2025-09-04,6450,12.9,13,0,0,0,14.9,15.1,0,0,0\n"
                + "2025-09-03,2025-09-04,6450,12.9,13,0,0,0,14.9,15.1,0,0,0\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("w.csv:3: duplicate strike row 2025-09-04 strike 6450.0");
        assertThat(ChainLoader.read("w.csv", new StringReader(head
                + "2025-09-03,2025-09-04,6450,12.9,13,0,0,0,14.9,15.1,0,0,0\n"
                + "2025-09-03,2025-09-04,6450,22.9,23,0,0,0,24.9,25.1,0,0,0\n"), ChainFormat.SPXW,
                ChainLoader.OnDuplicate.KEEP_FIRST)).satisfies(c -> {
                    assertThat(c.duplicatesSkipped()).isEqualTo(2);
                    assertThat(c.slice(LocalDate.parse("2025-09-04")).bid(OptionType.CALL, 0)).isEqualTo(12.9);
                });
        assertThatThrownBy(() -> ChainLoader.read("w.csv", new StringReader(head
                + "2025-09-03,2025-09-01,6450,12.9,13,0,0,0,14.9,15.1,0,0,0\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("w.csv:2: expiry 2025-09-01 is before the quote date 2025-09-03");
        String longHead = "quote_date,expiration,strike,option_type,bid_size_1545,bid_1545,ask_size_1545,ask_1545,"
                + "underlying_bid_1545,underlying_ask_1545,trade_volume,open_interest\n";
        assertThatThrownBy(() -> ChainLoader.read("l.csv", new StringReader(longHead
                + "2019-06-26,2019-06-28,2900,X,1,1,1,1,2917.8,2918.42,0,0\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("l.csv:2: field 'option_type': expected C or P, got 'X'");
        assertThatThrownBy(() -> ChainLoader.read("l.csv", new StringReader(longHead
                + "2019-06-26,2019-06-28,0,C,1,1,1,1,2917.8,2918.42,0,0\n"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("l.csv:2: field 'strike': strike must be > 0");
        assertThatThrownBy(() -> ChainLoader.load(Path.of("no-such-chain.csv"), ChainFormat.SPXW, ChainLoader.OnDuplicate.FAIL))
                .hasMessage("no-such-chain.csv: file not found");
    }
}
