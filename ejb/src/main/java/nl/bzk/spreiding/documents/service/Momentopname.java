package nl.bzk.spreiding.documents.service;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a document is generated from, frozen as JSON: only maps, lists, texts, numbers (exact decimals) and
 * booleans. The generator always renders from the parsed JSON, also the first time, so the stored snapshot is
 * exactly what went into the document and regenerating from it gives the same document.
 */
public final class Momentopname {

    private Momentopname() {}

    public static String naarJson(Map<String, Object> gegevens) {
        StringWriter uit = new StringWriter();
        try (JsonWriter w = Json.createWriter(uit)) {
            w.writeObject(object(gegevens));
        }
        return uit.toString();
    }

    public static Map<String, Object> uitJson(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return map(r.readObject());
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonObject object(Map<String, Object> m) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        m.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Map<?, ?> sub) {
                b.add(k, object((Map<String, Object>) sub));
            } else if (v instanceof List<?> l) {
                b.add(k, array(l));
            } else if (v instanceof BigDecimal d) {
                b.add(k, d);
            } else if (v instanceof Integer i) {
                b.add(k, i);
            } else if (v instanceof Long l) {
                b.add(k, l);
            } else if (v instanceof Boolean bo) {
                b.add(k, bo);
            } else {
                b.add(k, v.toString());
            }
        });
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static JsonArray array(List<?> l) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (Object v : l) {
            if (v instanceof Map<?, ?> sub) {
                b.add(object((Map<String, Object>) sub));
            } else if (v instanceof List<?> sub) {
                b.add(array(sub));
            } else if (v instanceof BigDecimal d) {
                b.add(d);
            } else if (v instanceof Integer i) {
                b.add(i);
            } else if (v instanceof Boolean bo) {
                b.add(bo);
            } else if (v == null) {
                b.addNull();
            } else {
                b.add(v.toString());
            }
        }
        return b.build();
    }

    private static Map<String, Object> map(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        o.forEach((k, v) -> m.put(k, waarde(v)));
        return m;
    }

    private static Object waarde(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> map(v.asJsonObject());
            case ARRAY -> {
                List<Object> l = new ArrayList<>();
                v.asJsonArray().forEach(x -> l.add(waarde(x)));
                yield l;
            }
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
