package dev.tradewind.examples;

import dev.tradewind.engine.Commission;
import dev.tradewind.engine.Engine;
import dev.tradewind.engine.EngineConfig;
import dev.tradewind.model.BarSeries;
import dev.tradewind.model.Instrument;
import dev.tradewind.model.Times;
import dev.tradewind.strategy.ParamSchema;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prints a family's transcript on a window and the bars around (by hand with PROBE=1). */
class TranscriptProbe {
    @Test
    void print() throws Exception {
        if (System.getenv("PROBE") == null) return;
        String family = System.getenv("FAMILY");
        String symbol = System.getenv("SYMBOL");
        String tf = System.getenv("TF");
        long from = Times.ofInstant(Instant.parse(System.getenv("FROM")));
        long to = Times.ofInstant(Instant.parse(System.getenv("TO")));
        Map<String, String> params = new HashMap<>();
        for (String kv : System.getenv().getOrDefault("PARAMS", "").split(",")) if (kv.contains("=")) params.put(kv.split("=")[0], kv.split("=")[1]);
        BarSeries bars = Families.bars(symbol, tf).slice(from, to);
        EngineConfig config = EngineConfig.of(new Instrument(symbol, Instrument.Kind.FUTURE, 0.001, 1, 1, 0.1), 10_000)
                .withCommission(new Commission(0, 0, 0)).withSlippageBps(0);
        ParamSchema schema = ParamSchema.of(Families.ALL.get(family));
        var s = schema.create(params);
        var r = new Engine(config).backtest(s, schema.values(s), bars);
        for (String line : Transcript.of(r)) System.out.println("TRADE " + line);
        for (var o : r.orders()) System.out.println("ORDER " + o.order().id() + " " + Times.format(o.order().time()) + " " + o.order().side() + " " + o.order().type()
                + " lim=" + o.order().limitPrice() + " stop=" + o.order().stopPrice() + " parent=" + o.order().parentId() + " " + o.order().tag() + " " + o.status() + " @" + o.averageFillPrice() + " upd=" + Times.format(o.updated()));
        String bf = System.getenv("BARS_FROM");
        if (bf != null) {
            BarSeries w = bars.slice(Times.ofInstant(Instant.parse(bf)), Times.ofInstant(Instant.parse(System.getenv("BARS_TO"))));
            for (int i = 0; i < w.size(); i++) {
                System.out.printf(java.util.Locale.ROOT, "BAR %s o=%.3f h=%.3f l=%.3f c=%.3f v=%.0f%n", Times.format(w.time()[i]), w.open()[i], w.high()[i], w.low()[i], w.close()[i], w.volume()[i]);
            }
        }
    }
}
