package dev.tradewind.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tradewind.model.UserError;
import java.io.IOException;
import java.nio.file.Path;

/** JSON in and out with one configured mapper: snake_case keys, stable order, pretty output. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static String pretty(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String compact(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a JSON file; a missing file, bad JSON or a field of the wrong type is a one-line {@link UserError}. */
    public static <T> T read(Path file, Class<T> type) {
        try {
            T value = MAPPER.readValue(file.toFile(), type);
            if (value == null) throw new UserError(file + ": expected a JSON object, got null");
            return value;
        } catch (JsonProcessingException e) {
            throw new UserError(file + ": " + JsonErrors.describe(e), e);
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new UserError(file + ": no such file", e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
