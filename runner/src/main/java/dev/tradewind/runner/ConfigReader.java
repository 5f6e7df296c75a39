package dev.tradewind.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tradewind.model.Printable;
import dev.tradewind.model.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Reads a run's config.json: the fields it has over {@link RunConfig#defaults()} (so a file with only data and
 * strategy is a whole configuration), every number checked. Any problem is one {@link UserError} line naming the file
 * and the field, e.g. {@code c.json: cash: expected a number > 0, got -1000.0}.
 */
public final class ConfigReader {
    private ConfigReader() {}

    public static RunConfig read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file", e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + Printable.escape(String.valueOf(e.getMessage())), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses config text; {@code source} names it in messages. */
    public static RunConfig parse(String source, String text) {
        try {
            JsonNode given = Json.MAPPER.readTree(text);
            if (given == null || given.isMissingNode()) throw new UserError(source + ": empty file, expected a JSON object");
            if (!given.isObject()) {
                throw new UserError(source + ": expected a JSON object, got " + given.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            }
            ObjectNode merged = Json.MAPPER.valueToTree(RunConfig.defaults());
            merge(merged, (ObjectNode) given);
            return check(Json.MAPPER.treeToValue(merged, RunConfig.class), source);
        } catch (JsonProcessingException e) {
            throw new UserError(source + ": " + JsonErrors.describe(e), e);
        } catch (IllegalArgumentException e) {
            throw new UserError(source + ": " + Printable.escape(String.valueOf(e.getMessage())), e);
        }
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode old = into.get(f.getKey());
            if (old instanceof ObjectNode o && f.getValue() instanceof ObjectNode n && !f.getKey().equals("params")) merge(o, n);
            else into.set(f.getKey(), f.getValue());
        }
    }

    /** The numbers of {@code c} checked as the command line checks them; returns {@code c}. */
    public static RunConfig check(RunConfig c, String source) {
        positive(c.cash(), source, "cash");
        nonNegative(c.slippageBps(), source, "slippage_bps");
        if (c.params() != null && c.params().containsValue(null)) throw new UserError(source + ": params: a value is null");
        RunConfig.CommissionConfig k = c.commission();
        if (k == null) throw new UserError(source + ": commission: expected an object, got null");
        nonNegative(k.percent(), source, "commission.percent");
        nonNegative(k.perOrder(), source, "commission.per_order");
        nonNegative(k.perUnit(), source, "commission.per_unit");
        if (k.makerPercent() != null && !Double.isFinite(k.makerPercent())) {
            throw new UserError(source + ": commission.maker_percent: expected a finite number, got " + k.makerPercent());
        }
        if (k.minimum() != null) nonNegative(k.minimum(), source, "commission.minimum");
        RunConfig.InstrumentConfig i = c.instrument();
        if (i == null) throw new UserError(source + ": instrument: expected an object, got null");
        nonNegative(i.tick(), source, "instrument.tick");
        nonNegative(i.lot(), source, "instrument.lot");
        positive(i.multiplier(), source, "instrument.multiplier");
        nonNegative(i.margin(), source, "instrument.margin");
        if (i.maintenance() != null) nonNegative(i.maintenance(), source, "instrument.maintenance");
        if (i.minNotional() != null) nonNegative(i.minNotional(), source, "instrument.min_notional");
        if (c.factors() != null) {
            for (int f : c.factors()) if (f < 2) throw new UserError(source + ": factors: lengths must be >= 2, got " + f);
        }
        return c;
    }

    private static void positive(double x, String source, String field) {
        if (!(x > 0) || Double.isInfinite(x)) throw new UserError(source + ": " + field + ": expected a number > 0, got " + x);
    }

    private static void nonNegative(double x, String source, String field) {
        if (!(x >= 0) || Double.isInfinite(x)) throw new UserError(source + ": " + field + ": expected a number >= 0, got " + x);
    }
}
