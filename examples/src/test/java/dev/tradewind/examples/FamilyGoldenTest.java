package dev.tradewind.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradewind.engine.BacktestResult;
import dev.tradewind.engine.OrderRecord;
import dev.tradewind.metrics.Statistics;
import dev.tradewind.model.Order;
import dev.tradewind.model.OrderStatus;
import dev.tradewind.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden regression backtests of the five strategy families with their default parameters: each on FILUSDT and
 * NEARUSDT, August 2023, at 1m and resampled (UTC buckets) to 3m, 5m, 15m and 1h, as a USDT perpetual with a 0.04%
 * taker fee and 1 bp slippage. Asserts the summary statistics and the orders hash. A change in any number is a change
 * in behaviour: explain it in the commit that updates these values (FamilyProbe prints the rows).
 */
class FamilyGoldenTest {

    record Golden(String family, String symbol, String interval, int trades, double finalEquity, double maxDrawdown,
            double sharpe, double winRate, String ordersHash) {
        @Override public String toString() { return family + " " + symbol + " " + interval; }
    }

    private static Golden g(String family, String symbol, String interval, int trades, double finalEquity, double maxDrawdown,
            double sharpe, double winRate, String ordersHash) {
        return new Golden(family, symbol, interval, trades, finalEquity, maxDrawdown, sharpe, winRate, ordersHash);
    }

    static Stream<Golden> goldens() {
        return Stream.of(
                g("opening-range-breakout", "FILUSDT", "1m", 31, 9788.327359399971, 0.04180812076495151, -2.823991566650584, 0.3225806451612903, "411cdcac1e6cf8bc7dc568fcb23e933cf16754fc2f1c49c0a473e315d0c32c0e"),
                g("opening-range-breakout", "FILUSDT", "3m", 31, 9788.327359399997, 0.041808120764951315, -2.82399156665016, 0.3225806451612903, "c9703d16fd33aa2e511ae2df8d07058435b2638ff2c3793b9c85ac669e5f3ba0"),
                g("opening-range-breakout", "FILUSDT", "5m", 31, 9788.327359399973, 0.04135401591715323, -2.8239915666506037, 0.3225806451612903, "e29f519fe243f2c6b9fc454ea3d119722c5ea9b894cf1ea132c3b86c8a87d4d1"),
                g("opening-range-breakout", "FILUSDT", "15m", 31, 9788.327359400004, 0.04123668868825038, -2.823991566649998, 0.3225806451612903, "7f3835eee56fc6c93333386107f040ca7cf07057e520e5ccdeaa7878ec379567"),
                g("opening-range-breakout", "FILUSDT", "1h", 34, 9493.049862959997, 0.07200279795496847, -5.0496183455280175, 0.29411764705882354, "45de226aea29fc801da071821f61a404d88437562f167d744c92c0a9c1a348fc"),
                g("opening-range-breakout", "NEARUSDT", "1m", 31, 8974.139441199985, 0.10877424711041392, -18.267264908719778, 0.12903225806451613, "39d26adfc1f62860ff4dc41f15638e41f6b4ab005b9c9f9a8bb048677a5b8deb"),
                g("opening-range-breakout", "NEARUSDT", "3m", 31, 8974.139441200017, 0.10877424711041067, -18.267264908719195, 0.12903225806451613, "a137024d1bf088efe01ef652079cc9be172360441cb7ffae10ec1c6a07b67d83"),
                g("opening-range-breakout", "NEARUSDT", "5m", 31, 8974.139441199995, 0.10813880334871995, -18.26726490871927, 0.12903225806451613, "f67ec30334bb89fe3a8546993e760bee76125fda6ae0a75120f1d5a8f6c979ec"),
                g("opening-range-breakout", "NEARUSDT", "15m", 31, 8974.139441200014, 0.1081388033487193, -18.267264908718616, 0.12903225806451613, "a31de2c005b0d0b0eeb1052b5b21792439eaa4b93fb59cef2443e9e27d6df7d4"),
                g("opening-range-breakout", "NEARUSDT", "1h", 32, 8846.534095199997, 0.13552713945931244, -14.707630828086952, 0.15625, "05d70d9dee2faf2f31373dc7832531dfd7d9e0c8f961816d2bf0e1fcc81c65b6"),
                g("reversal-breakout", "FILUSDT", "1m", 20, 10001.899720919997, 0.007073022658423273, 0.07633860492261783, 0.45, "f4ee55d89c54c75534ecf538cfe1f09be7ba4dbe0ae5c10262b8ae64d9c68f5b"),
                g("reversal-breakout", "FILUSDT", "3m", 20, 9863.97529424, 0.016762927980491296, -3.777676259451106, 0.35, "40ece96d9d4aa0d7e63116588826ccec130a5c0522692eebe7c6056d3538b20f"),
                g("reversal-breakout", "FILUSDT", "5m", 20, 9936.536253519986, 0.013280172157262588, -1.65665993987732, 0.3, "4c275bfa3a4285627b42519dbf5df14a37a8d8b095eb63f9964bc15204739e33"),
                g("reversal-breakout", "FILUSDT", "15m", 18, 9887.474810360003, 0.019468234424555142, -2.548537827852216, 0.2777777777777778, "6f964b869147d99d438ccade1908efb45fa4ee5e060951973d7fd92b2f995faa"),
                g("reversal-breakout", "FILUSDT", "1h", 15, 9695.785802159997, 0.03547298948157946, -6.438857998261241, 0.2, "3f0decfe804560956969fef980da4538ad39a45c01806433f594d367e4b336f8"),
                g("reversal-breakout", "NEARUSDT", "1m", 20, 9848.865560800003, 0.03518171178731575, -2.912088192120108, 0.35, "3d0955d14851bb37c247722028c08c1fdd75b1de9fe615be9b811b5bbcd64536"),
                g("reversal-breakout", "NEARUSDT", "3m", 19, 10056.357597599996, 0.0179392995497934, 1.131523421966077, 0.42105263157894735, "e7054efdb572800a3d67a9b7767f65535eacefc8ce868f095f3c06a228e205d9"),
                g("reversal-breakout", "NEARUSDT", "5m", 20, 9775.160262800016, 0.04118027421611392, -4.013003372584553, 0.25, "869a19a992b6a1f8f0f98b8e076aa5f6b10f0238b1ec3ce2081d5707cc146ed2"),
                g("reversal-breakout", "NEARUSDT", "15m", 17, 9977.9855532, 0.018323222442901205, -0.4052724888946233, 0.35294117647058826, "f44d29f48972a59386ef8e03cd4f041c2008ca1172942be7d56261cc0a99bd28"),
                g("reversal-breakout", "NEARUSDT", "1h", 11, 9865.930038799997, 0.030665133967211784, -2.4065150266948936, 0.36363636363636365, "93e7eac50d3ea690933f7848144395a3271ee63ae4633372369c772ef892ce1e"),
                g("sr-breakout", "FILUSDT", "1m", 958, 6713.819379479976, 0.33200241299600247, -31.542257599066357, 0.3235908141962422, "a7f6b8ca3f9145ff41e1191f2929c9f65d474d21f5a3bbcc0e1b030ea41a272e"),
                g("sr-breakout", "FILUSDT", "3m", 284, 8568.39128559999, 0.14948494476097815, -15.529179179099511, 0.3204225352112676, "b526d4c9a56010fb40c814dc11cba65d1947db5c861dd46103b12d6f8d25acdc"),
                g("sr-breakout", "FILUSDT", "5m", 172, 9117.589763120026, 0.1104132383136803, -10.019097299292596, 0.2616279069767442, "618cf5f1b5a0bb4b2ac7f97baf347c85a443c590d500011b73298449c505b01d"),
                g("sr-breakout", "FILUSDT", "15m", 43, 10038.899631160015, 0.03420974540392355, 0.4676921797483457, 0.3953488372093023, "46882e28f2b2226192983a8e80d5498be816fb7db675fc15026e15a6144104c5"),
                g("sr-breakout", "FILUSDT", "1h", 6, 9816.67427472001, 0.030180536436668556, -2.820656795116766, 0.3333333333333333, "c0b4dd263894aa3930a991a037d094f039dfd6ccd86df8dc400b47b5584cc5dd"),
                g("sr-breakout", "NEARUSDT", "1m", 811, 6270.348512000001, 0.3805122436255322, -40.82173601987484, 0.22688039457459927, "ec1c62ee4cdae364ee0f8af174930c770968ad4c30470a0216612a155381e97e"),
                g("sr-breakout", "NEARUSDT", "3m", 227, 8588.101218000005, 0.15431627836799824, -14.904004414018194, 0.2775330396475771, "e2d88950f59bb640a9a4153fa21b917760db5a99779bd888ecbe825c64bec56d"),
                g("sr-breakout", "NEARUSDT", "5m", 137, 9587.382788399958, 0.05714044116342906, -5.118636894885576, 0.3284671532846715, "268cafd992b8b682bf745f3198456f87dbac635f21b8f9868f5a40e398392d04"),
                g("sr-breakout", "NEARUSDT", "15m", 43, 9254.165146799998, 0.08095334606476501, -8.909016424287337, 0.2558139534883721, "12bdbb5ea355a55cbf7a7a5c43c5be04213a91bedf623d5aa59ed720ba42221e"),
                g("sr-breakout", "NEARUSDT", "1h", 5, 9631.014974000002, 0.044597941005464554, -7.317461745049466, 0.0, "bc0a1d4d3f01df4617a20f62f912ba1f5c3111425100bf86654a66a5219e5eb5"),
                g("trend-day", "FILUSDT", "1m", 7, 9913.178170360025, 0.01591544088854825, -2.373523536972365, 0.14285714285714285, "f55ae30be68373be40007af55a2d01f55c68bd2e9a660bf7efc9661c670b1d95"),
                g("trend-day", "FILUSDT", "3m", 7, 9913.178170360003, 0.015491141179863966, -2.3735235369728263, 0.14285714285714285, "f99391614304110883704acde5b09f99e989b95991b72a0316fe0d04b56f0064"),
                g("trend-day", "FILUSDT", "5m", 7, 9913.178170359992, 0.015350331321048979, -2.3735235369732712, 0.14285714285714285, "dbae6d0129550cd3673eecaab1a27db53fc7f6fb74458ddf027cdb1103b5b059"),
                g("trend-day", "FILUSDT", "15m", 7, 9913.17817036, 0.01525041629999996, -2.373523536972968, 0.14285714285714285, "94a8dbcd651e40fb5ac21f3205a73e81cba2dbdad6ada386801aeff9af0e8f13"),
                g("trend-day", "FILUSDT", "1h", 7, 9913.178170359997, 0.015195560324000507, -2.3735235369729804, 0.14285714285714285, "4af48a0ec3408967f7a7ed7d5feab3b8e763c6d73157902a28f5dd31a872f059"),
                g("trend-day", "NEARUSDT", "1m", 7, 9844.218677600002, 0.0197816586799996, -5.593612888281341, 0.14285714285714285, "00bf5d650bb30f944db44aba9f6ce1ecb691a9a0723320b552a50d86d2cc64fc"),
                g("trend-day", "NEARUSDT", "3m", 7, 9844.218677600007, 0.019781658679999238, -5.593612888281144, 0.14285714285714285, "5295073ce38217a6570140c1945c1a9aeb67b5fee2f90c707c7ee6a3b400d6e8"),
                g("trend-day", "NEARUSDT", "5m", 7, 9844.218677600005, 0.01937845868000004, -5.5936128882809175, 0.14285714285714285, "3ca3b8e905e155f4984666bc1443aba97cb3f3995c9121e214ab4beaee70fccc"),
                g("trend-day", "NEARUSDT", "15m", 7, 9844.21867760001, 0.019378458679999676, -5.59361288828069, 0.14285714285714285, "f3a90e7221d1a68328d3cf60f5dbe19dc872cfd33fb62cd560d595e3e99a521c"),
                g("trend-day", "NEARUSDT", "1h", 7, 9844.218677599998, 0.01937845868000004, -5.593612888281198, 0.14285714285714285, "355452899e6c9773d942a0f90a6332413aa178eb1471124e85b982eccc1274ff"),
                g("volatility-breakout", "FILUSDT", "1m", 19, 10258.578054040085, 0.03865427733852187, 1.6114487885846458, 0.42105263157894735, "45d55feddc5b7edbb1c59b2bb87c0061371ede590f9972a51edf22ba7030bce7"),
                g("volatility-breakout", "FILUSDT", "3m", 19, 10259.443231520023, 0.03585292992606198, 1.6152224093030756, 0.42105263157894735, "52a3ec16f35693f1e93c62b3c1526fd8a279ffbd51fdaf8f933211a9e725ad2e"),
                g("volatility-breakout", "FILUSDT", "5m", 19, 10259.271145319983, 0.03588456730605066, 1.6147922001915769, 0.42105263157894735, "67b1badeb4d95fe12019c2ec22e3d18fa516289cad50eec857f5c484bb887eae"),
                g("volatility-breakout", "FILUSDT", "15m", 19, 10259.86105028001, 0.035877025042676654, 1.6188052058622617, 0.42105263157894735, "5909bfddeabdafd7cd538c6dfb9dcc16323cc596e20b2c635e7873eba4e3b906"),
                g("volatility-breakout", "FILUSDT", "1h", 19, 10258.835994840007, 0.03554850396062567, 1.6098505289310423, 0.42105263157894735, "875abf5275fd9509432e00da866187d5c4aa74582e8606d4b0234844a8e287d7"),
                g("volatility-breakout", "NEARUSDT", "1m", 23, 9582.789856800004, 0.07459568123537776, -2.333763129404054, 0.2608695652173913, "dd0172704e49d8cef0d52508dbddb551bd902f6bb4946bd4617f11aced2c0972"),
                g("volatility-breakout", "NEARUSDT", "3m", 23, 9585.18837799998, 0.07370944927536591, -2.315831847819018, 0.2608695652173913, "20e11a400dbca0722d9ad4aa598b0b94bd7780d745822a08ce7dec9a45142424"),
                g("volatility-breakout", "NEARUSDT", "5m", 23, 9585.598887199993, 0.07332415414514838, -2.3116751505588886, 0.2608695652173913, "64240e39e521d09ed4cf0daa2c677b3ffaed18b2440869cd079ae9ab6eea642a"),
                g("volatility-breakout", "NEARUSDT", "15m", 23, 9585.394095199994, 0.07292421898598808, -2.3151855030837103, 0.2608695652173913, "019cd100ac4908621de72ecf6f9a47ef6873dcf2a6d42fa7510ff399bc50de89"),
                g("volatility-breakout", "NEARUSDT", "1h", 23, 9584.261666400005, 0.07302892716003581, -2.3251489748929948, 0.2608695652173913, "17576b1bf0b0f9fe861e2ee29022e9789c86b541ff86a8e33a0741ac3da874ac"));
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void statisticsAndOrdersAreUnchanged(Golden g) throws Exception {
        BacktestResult r = Families.run(g.family(), Map.of(), g.symbol(), g.interval());
        Statistics s = Runs.stats(r);
        assertThat(s.trades()).isEqualTo(g.trades());
        assertThat(s.finalEquity()).isCloseTo(g.finalEquity(), within(1e-6));
        assertThat(s.maxDrawdown()).isCloseTo(g.maxDrawdown(), within(1e-9));
        assertThat(s.sharpe()).isCloseTo(g.sharpe(), within(1e-9));
        assertThat(s.winRate()).isCloseTo(g.winRate(), within(1e-12));
        assertThat(r.ordersHash()).isEqualTo(g.ordersHash());
    }

    @Test
    void everyFamilyHasAGoldenOnEverySymbolAndInterval() {
        List<String> expected = new ArrayList<>();
        for (String f : Families.ALL.keySet()) {
            for (String s : Families.SYMBOLS) for (String i : Families.INTERVALS) expected.add(f + " " + s + " " + i);
        }
        assertThat(goldens().map(Golden::toString)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Builtins.all().keySet()).containsAll(Families.ALL.keySet());
    }

    @ParameterizedTest
    @MethodSource("families")
    void tradesBothWaysAndEveryEntryCarriesALinkedStopLossAndTakeProfit(String family) throws Exception {
        int longs = 0;
        int shorts = 0;
        for (String symbol : Families.SYMBOLS) {
            for (String interval : Families.INTERVALS) {
                BacktestResult r = Families.run(family, Map.of(), symbol, interval);
                for (var t : r.trades()) {
                    if (t.side() == Side.BUY) longs++;
                    else shorts++;
                }
                List<OrderRecord> orders = r.orders();
                for (OrderRecord o : orders) {
                    Order e = o.order();
                    if (e.isChild() || e.tag().equals("flatten") || o.status() != OrderStatus.FILLED) continue;
                    Order sl = orders.get((int) e.id()).order();
                    Order tp = orders.get((int) e.id() + 1).order();
                    assertThat(sl.parentId()).as("%s %s %s: stop-loss of entry %d", family, symbol, interval, e.id()).isEqualTo(e.id());
                    assertThat(sl.tag()).isEqualTo("stop-loss");
                    assertThat(tp.parentId()).isEqualTo(e.id());
                    assertThat(tp.tag()).isEqualTo("take-profit");
                    assertThat(sl.ocoId()).isEqualTo(tp.id());
                    assertThat(tp.ocoId()).isEqualTo(sl.id());
                    double risk = e.side() == Side.BUY ? o.averageFillPrice() - sl.stopPrice() : sl.stopPrice() - o.averageFillPrice();
                    double reward = e.side() == Side.BUY ? tp.limitPrice() - o.averageFillPrice() : o.averageFillPrice() - tp.limitPrice();
                    assertThat(reward).as("take-profit beyond the entry").isPositive();
                    assertThat(sl.side()).isEqualTo(e.side().opposite());
                    assertThat(risk + reward).isPositive();
                }
            }
        }
        assertThat(longs).as("long trades").isGreaterThan(0);
        assertThat(shorts).as("short trades").isGreaterThan(0);
    }

    @ParameterizedTest
    @MethodSource("families")
    void sidesLimitsTheDirection(String family) throws Exception {
        for (String symbol : Families.SYMBOLS) {
            var longs = Families.run(family, Map.of("sides", "long"), symbol, "5m").trades();
            var shorts = Families.run(family, Map.of("sides", "short"), symbol, "5m").trades();
            assertThat(longs).isNotEmpty().allMatch(t -> t.side() == Side.BUY);
            assertThat(shorts).isNotEmpty().allMatch(t -> t.side() == Side.SELL);
        }
    }

    static Stream<String> families() { return Families.ALL.keySet().stream().sorted(); }
}
