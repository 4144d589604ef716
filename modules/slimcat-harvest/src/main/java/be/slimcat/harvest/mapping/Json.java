// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.mapping;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Lenient reads from a Gson tree: a value of an unexpected kind reads as absent. */
public final class Json {
    private Json() {}

    /** The member as an object, or null. */
    public static JsonObject object(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** The member as an array, or null. */
    public static JsonArray array(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : null;
    }

    /** The member as text when it is a string, number or boolean and not blank; null otherwise. */
    public static String text(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e != null && e.isJsonPrimitive() && !e.getAsString().isBlank() ? e.getAsString().strip() : null;
    }

    /** The member as a list of texts: a single value or an array of values; blanks and non-texts left out. */
    public static List<String> texts(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        JsonElement e = o == null ? null : o.get(key);
        if (e == null || e.isJsonNull()) {
            return out;
        }
        Iterable<JsonElement> items = e.isJsonArray() ? e.getAsJsonArray() : List.of(e);
        for (JsonElement item : items) {
            if (item.isJsonPrimitive() && !item.getAsString().isBlank()) {
                String v = item.getAsString().strip();
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** The member as a long, or -1 when it is absent or not a whole number. */
    public static long number(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return -1;
        }
        try {
            return e.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException ex) {
            return -1;
        }
    }

    /**
     * A page that must be a JSON object with an array under {@code key}.
     *
     * @throws UnreadablePageException when the page is not JSON, not an object, or lacks the array
     */
    public static JsonObject pageWithArray(String body, String key) {
        com.google.gson.JsonElement parsed;
        try {
            parsed = com.google.gson.JsonParser.parseString(body);
        } catch (com.google.gson.JsonParseException e) {
            throw new UnreadablePageException("the page is not valid JSON: " + e.getMessage());
        }
        if (!parsed.isJsonObject()) {
            throw new UnreadablePageException("the page is not a JSON object");
        }
        JsonObject page = parsed.getAsJsonObject();
        if (array(page, key) == null) {
            throw new UnreadablePageException("the page has no \"" + key + "\" array");
        }
        return page;
    }
}
