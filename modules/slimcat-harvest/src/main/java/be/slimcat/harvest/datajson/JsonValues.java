// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Tolerant reading of data.json values: a member may be a string, a number, an object, an array of
 * any of these, or null, and DCAT-US 1.1 and 3.0 disagree on which.
 */
final class JsonValues {
    private JsonValues() {}

    /** The trimmed text of a string or number; empty for null, blank text, booleans, objects and arrays. */
    static Optional<String> text(JsonElement element) {
        if (element == null || !element.isJsonPrimitive()) {
            return Optional.empty();
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return Optional.empty();
        }
        String text = primitive.getAsString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The text of a member, as {@link #text(JsonElement)}. */
    static Optional<String> text(JsonObject object, String member) {
        return text(object.get(member));
    }

    /** True when the member is a JSON number rather than a string. */
    static boolean isNumber(JsonObject object, String member) {
        JsonElement element = object.get(member);
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber();
    }

    /** The member's values: the elements of an array, the value itself otherwise; nothing for null or absent. */
    static List<JsonElement> each(JsonObject object, String member) {
        JsonElement element = object.get(member);
        List<JsonElement> values = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return values;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> {
                if (e != null && !e.isJsonNull()) {
                    values.add(e);
                }
            });
        } else {
            values.add(element);
        }
        return values;
    }

    /** The texts among the member's values (objects and arrays inside are skipped). */
    static List<String> texts(JsonObject object, String member) {
        List<String> texts = new ArrayList<>();
        each(object, member).forEach(e -> text(e).ifPresent(texts::add));
        return texts;
    }

    /** The element as an object, when it is one. */
    static Optional<JsonObject> object(JsonElement element) {
        return element != null && element.isJsonObject() ? Optional.of(element.getAsJsonObject()) : Optional.empty();
    }
}
