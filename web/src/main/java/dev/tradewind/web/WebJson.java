package dev.tradewind.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * The JSON of the web API and of report.html: snake_case keys like results.json, compact, and non-finite numbers
 * (NaN before an indicator is ready, no stop level on a bar) written as {@code null}, which JavaScript reads.
 */
public final class WebJson {
    /** The one mapper of the web module; thread-safe. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("tradewind-web")
                    .addSerializer(Double.class, new FiniteDouble())
                    .addSerializer(Double.TYPE, new FiniteDouble())
                    .addSerializer(double[].class, new FiniteDoubles()));

    private WebJson() {}

    /** Compact JSON of {@code value}. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Parses a request body; a syntax error is a 400 naming the position. */
    static JsonNode read(String body) {
        if (body == null || body.isBlank()) throw ApiError.badRequest("expected a JSON object in the request body");
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("invalid JSON: " + e.getMessage().lines().findFirst().orElse("syntax error"));
        }
    }

    private static final class FiniteDouble extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (Double.isFinite(v)) g.writeNumber(v);
            else g.writeNull();
        }
    }

    private static final class FiniteDoubles extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray(values, values.length);
            for (double v : values) {
                if (Double.isFinite(v)) g.writeNumber(v);
                else g.writeNull();
            }
            g.writeEndArray();
        }
    }
}
