package dev.tradewind.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.data.DataException;
import dev.tradewind.data.Timeframe;
import dev.tradewind.model.Times;
import dev.tradewind.model.UserError;
import dev.tradewind.runner.RunConfig;
import dev.tradewind.runner.TimeArg;
import dev.tradewind.strategy.ParamException;
import dev.tradewind.strategy.ParamSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A run as the browser asks for it, validated: the strategy and the data set by id, parameters checked against the
 * strategy's schema, an optional date range (UTC, {@code to} exclusive) that must overlap the data, and every other
 * setting of config.json ({@link RunSettings}: cash, instrument, costs, execution and risk rules...), omitted ones
 * taking the CLI's defaults. {@link #parse} answers bad input with a 400 naming the field.
 *
 * @param strategy a strategy id from {@code GET /api/strategies}
 * @param params   parameter values as text; omitted ones take their defaults
 * @param data     a data set id from {@code GET /api/data}
 * @param from     first bar time kept (ISO date or date-time, UTC), or null
 * @param to       bars before this time are kept, or null
 * @param settings every other field of config.json, resolved (defaults filled in)
 */
public record RunRequest(String strategy, Map<String, String> params, String data, String from, String to,
        ObjectNode settings) {

    /** Short names for common settings, kept from the first version of the API: name, path in settings. */
    static final Map<String, String> SHORTHANDS = shorthands();

    static final Set<String> FIELDS = fields();

    private static Map<String, String> shorthands() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cash", "cash");
        m.put("commission_pct", "commission.percent");
        m.put("commission_per_order", "commission.per_order");
        m.put("slippage_bps", "slippage_bps");
        m.put("fill", "fill");
        m.put("gaps", "gaps");
        return Collections.unmodifiableMap(m);
    }

    private static Set<String> fields() {
        Set<String> s = new TreeSet<>(List.of("strategy", "params", "data", "from", "to", "settings"));
        s.addAll(SHORTHANDS.keySet());
        return Collections.unmodifiableSet(s);
    }

    /** Validates a JSON request body against the catalog and the data sets. */
    static RunRequest parse(JsonNode body, StrategyCatalog strategies, DataSets dataSets) {
        if (body == null || !body.isObject()) throw ApiError.badRequest("expected a JSON object");
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw ApiError.badRequest("unknown field '" + f + "'; known: " + String.join(", ", FIELDS));
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
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : SHORTHANDS.entrySet()) if (body.has(e.getKey())) names.put(e.getValue(), e.getKey());
        ObjectNode settings = RunSettings.resolve(settings(body), names);
        checkTimeframe(settings.get("timeframe"), dataSets.brief(dataId));
        return new RunRequest(strategyId, params, dataId, from, to, settings);
    }

    /** A timeframe must be the data's own bar size or a multiple of it (what the resampler can build). */
    private static void checkTimeframe(JsonNode timeframe, DataSets.Summary data) {
        if (timeframe == null || timeframe.isNull() || data.timeframe() == null) return;
        try {
            Timeframe want = Timeframe.parse(timeframe.asText());
            Timeframe have = Timeframe.parse(data.timeframe());
            if (want.nanos() < have.nanos() || !want.isMultipleOf(have)) {
                throw ApiError.badRequest("settings.timeframe: " + timeframe.asText() + " cannot be built from " + data.id()
                        + "'s " + have + " bars: expected " + have + " or a multiple of it");
            }
        } catch (DataException e) {
            return; // the data's own size is not a plain one (checked at run time)
        }
    }

    /** The request's settings object with the shorthand fields moved into it (one place per setting). */
    private static ObjectNode settings(JsonNode body) {
        JsonNode given = body.get("settings");
        if (given != null && !given.isNull() && !given.isObject()) {
            throw ApiError.badRequest("settings: expected an object in config.json's shape");
        }
        ObjectNode out = given == null || given.isNull() ? RunSettings.empty() : ((ObjectNode) given).deepCopy();
        for (Map.Entry<String, String> e : SHORTHANDS.entrySet()) {
            JsonNode v = body.get(e.getKey());
            if (v == null) continue;
            String[] path = e.getValue().split("\\.");
            ObjectNode parent = out;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = parent.get(path[i]);
                if (child == null || child.isNull()) child = parent.putObject(path[i]);
                if (!child.isObject()) break;
                parent = (ObjectNode) child;
            }
            String leaf = path[path.length - 1];
            if (parent.has(leaf)) {
                throw ApiError.badRequest(e.getKey() + ": also given as settings." + e.getValue() + "; give it once");
            }
            JsonNode value = v;
            if (v.isTextual() && !e.getKey().equals("fill") && !e.getKey().equals("gaps")) {
                try {
                    value = DecimalNode.valueOf(new BigDecimal(v.asText().strip()));
                } catch (NumberFormatException ex) {
                    throw ApiError.badRequest(e.getKey() + ": expected a number, got '" + v.asText() + "'");
                }
            }
            parent.set(leaf, value);
        }
        return out;
    }

    /** The backtester's configuration: these settings with the strategy and data resolved server-side. */
    RunConfig toConfig(StrategyCatalog strategies, DataSets dataSets) {
        StrategyCatalog.Entry entry = strategies.get(strategy);
        String strategyRef = entry.file() == null ? strategy : entry.file().toString();
        return RunSettings.config(settings, dataSets.get(data).ref(), strategyRef, new LinkedHashMap<>(params), from, to);
    }

    private static boolean strategiesHas(StrategyCatalog strategies, String id) {
        try {
            strategies.get(id);
            return true;
        } catch (ApiError e) {
            return false;
        }
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
}
