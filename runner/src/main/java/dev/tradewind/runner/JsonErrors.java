package dev.tradewind.runner;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.tradewind.model.Printable;
import java.util.Locale;

/** Jackson's failures as one line a person can act on: the field's path, what was expected, what was found. */
final class JsonErrors {
    private JsonErrors() {}

    static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String where = path.isEmpty() ? location(e.getLocation()) : path + ": ";
        String what = switch (e) {
            case UnrecognizedPropertyException u -> "unknown field" + (u.getKnownPropertyIds() == null ? ""
                    : " (known: " + String.join(", ", u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")");
            case InvalidFormatException f -> "expected " + type(f.getTargetType()) + ", got " + quote(f.getValue());
            case ValueInstantiationException v -> v.getCause() != null && v.getCause().getMessage() != null
                    ? v.getCause().getMessage() : "invalid value";
            case MismatchedInputException m when m.getTargetType() != null && !path.isEmpty() ->
                    "expected " + type(m.getTargetType());
            default -> e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage();
        };
        String line = what.lines().findFirst().orElse(what).replaceAll(" \\(start marker at \\[Source.*$", "");
        return Printable.escape(where + line);
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) b.append('[').append(r.getIndex()).append(']');
        }
        return b.toString();
    }

    private static String location(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr() + ": ";
    }

    private static String type(Class<?> t) {
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) return "a number";
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) return "a whole number";
        if (t == boolean.class || t == Boolean.class) return "true or false";
        if (t == String.class) return "a text";
        if (t.isArray() || java.util.Collection.class.isAssignableFrom(t)) return "a list";
        return "an object (" + t.getSimpleName().toLowerCase(Locale.ROOT) + ")";
    }

    private static String quote(Object v) {
        String s = String.valueOf(v);
        return v instanceof String ? "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'" : s;
    }
}
