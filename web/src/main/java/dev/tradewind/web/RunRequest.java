package dev.tradewind.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tradewind.model.Times;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.runner.UserError;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run as the browser asks for it, validated: the strategy and the data set by id, parameters checked against the
 * strategy's schema, an optional date range (UTC, {@code to} exclusive) that must overlap the data, and costs.
 * Everything else takes the CLI's defaults. {@link #parse} answers bad input with a 400 naming the field.
 *
 * @param strategy           a strategy id from {@code GET /api/strategies}
 * @param params             parameter values as text; omitted ones take their defaults
 * @param data               a data set id from {@code GET /api/data}
 * @param from               first bar time kept (ISO date or date-time, UTC), or null
 * @param to                 bars before this time are kept, or null
 * @param cash               starting cash, &gt; 0
 * @param commissionPct      percent of traded value, 0..100
 * @param commissionPerOrder fixed commission per order, &gt;= 0
 * @param slippageBps        slippage on market and stop fills, 0..10000
 * @param fill               {@code next-open} or {@code close}
 * @param gaps               {@code leave}, {@code fill} or {@code drop}
 */
public record RunRequest(String strategy, Map<String, String> params, String data, String from, String to, double cash,
        double commissionPct, double commissionPerOrder, double slippageBps, String fill, String gaps) {

    static final Set<String> FIELDS = Set.of("strategy", "params", "data", "from", "to", "cash", "commission_pct",
            "commission_per_order", "slippage_bps", "fill", "gaps");

    /** Validates a JSON request body against the catalog and the data sets. */
    static RunRequest parse(JsonNode body, StrategyCatalog strategies, DataSets dataSets) {
        if (body == null || !body.isObject()) throw ApiError.badRequest("expected a JSON object");
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiError.badRequest("unknown field '" + f + "'; known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
        }
        String strategyId = text(body, "strategy", true);
        if (!strategiesHas(strategies, strategyId)) throw ApiError.badRequest("strategy: unknown strategy '" + strategyId + "'");
        StrategyCatalog.Entry entry = strategies.get(strategyId);
        if (entry.type() == null) {
            throw ApiError.badRequest("strategy " + strategyId + " does not compile: " + entry.view().error());
        }
        Map<String, String> params = params(body.get("params"), entry.view().params(), strategyId);

        String dataId = text(body, "data", true);
        if (!dataSets.contains(dataId)) throw ApiError.badRequest("data: unknown data set '" + dataId + "'");
        String from = text(body, "from", false);
        String to = text(body, "to", false);
        checkRange(from, to, dataSets.brief(dataId));

        double cash = number(body, "cash", 10_000, 1, 1e15);
        double pct = number(body, "commission_pct", 0, 0, 100);
        double perOrder = number(body, "commission_per_order", 0, 0, 1e9);
        double slippage = number(body, "slippage_bps", 0, 0, 10_000);
        String fill = choice(body, "fill", "next-open", List.of("next-open", "close"));
        String gaps = choice(body, "gaps", "leave", List.of("leave", "fill", "drop"));
        return new RunRequest(strategyId, params, dataId, from, to, cash, pct, perOrder, slippage, fill, gaps);
    }

    private static boolean strategiesHas(StrategyCatalog strategies, String id) {
        try {
            strategies.get(id);
            return true;
        } catch (ApiError e) {
            return false;
        }
    }

    /** The backtester's configuration: defaults, then this request; the strategy and data resolved server-side. */
    RunConfig toConfig(StrategyCatalog strategies, DataSets dataSets) {
        StrategyCatalog.Entry entry = strategies.get(strategy);
        String strategyRef = entry.file() == null ? strategy : entry.file().toString();
        RunConfig d = RunConfig.defaults();
        return new RunConfig(dataSets.get(data).ref(), null, null, d.zone(), d.priceColumn(), d.badRows(),
                from, to, strategyRef, null, new LinkedHashMap<>(params), cash,
                new RunConfig.CommissionConfig(commissionPct, commissionPerOrder, 0), slippageBps, fill, d.instrument(),
                gaps, d.factors());
    }

    private static Map<String, String> params(JsonNode node, List<ParamSpec> specs, String strategyId) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) throw ApiError.badRequest("params: expected an object of name: value");
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        for (ParamSpec s : specs) byName.put(s.name(), s);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ParamSpec spec = byName.get(e.getKey());
            if (spec == null) {
                throw ApiError.badRequest("params: unknown parameter '" + e.getKey() + "' for " + strategyId + "; known: "
                        + String.join(", ", byName.keySet()));
            }
            JsonNode v = e.getValue();
            if (!v.isValueNode() || v.isNull()) {
                throw ApiError.badRequest("params: parameter '" + e.getKey() + "': expected a number, boolean or text");
            }
            String text = v.asText();
            try {
                spec.parse(text);
            } catch (ParamException ex) {
                throw ApiError.badRequest("params: " + ex.getMessage());
            }
            out.put(e.getKey(), text.strip());
        }
        return out;
    }

    private static void checkRange(String from, String to, DataSets.Summary data) {
        long a = from == null ? Long.MIN_VALUE : time(from, "from");
        long b = to == null ? Long.MAX_VALUE : time(to, "to");
        if (a >= b) throw ApiError.badRequest("from " + from + " must be before to " + to);
        if (data.error() != null) throw ApiError.badRequest("data " + data.id() + " cannot be read: " + data.error());
        long first = Times.ofInstant(Instant.parse(data.first()));
        long last = Times.ofInstant(Instant.parse(data.last()));
        if (b <= first || a > last) {
            throw ApiError.badRequest("the range " + (from == null ? "start" : from) + " .. " + (to == null ? "end" : to)
                    + " holds no bars of " + data.id() + " (it covers " + data.first() + " .. " + data.last() + ")");
        }
    }

    private static long time(String text, String field) {
        try {
            return TimeArg.parse(text, ZoneOffset.UTC, field);
        } catch (UserError e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            if (required) throw ApiError.badRequest(field + ": required");
            return null;
        }
        if (!v.isTextual()) throw ApiError.badRequest(field + ": expected text, got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        String s = v.asText().strip();
        if (s.length() > 200) throw ApiError.badRequest(field + ": longer than 200 characters");
        return s;
    }

    private static double number(JsonNode body, String field, double fallback, double min, double max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return fallback;
        double x;
        if (v.isNumber()) x = v.asDouble();
        else if (v.isTextual()) {
            try {
                x = Double.parseDouble(v.asText().strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(field + ": expected a number, got '" + v.asText() + "'");
            }
        } else {
            throw ApiError.badRequest(field + ": expected a number");
        }
        if (!Double.isFinite(x) || x < min || x > max) {
            throw ApiError.badRequest(field + ": expected a number between " + plain(min) + " and " + plain(max) + ", got "
                    + (Double.isFinite(x) ? plain(x) : String.valueOf(x)));
        }
        return x;
    }

    private static String choice(JsonNode body, String field, String fallback, List<String> allowed) {
        String v = text(body, field, false);
        if (v == null) return fallback;
        if (!allowed.contains(v)) throw ApiError.badRequest(field + ": expected one of " + String.join(", ", allowed) + ", got '" + v + "'");
        return v;
    }

    private static String plain(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
