// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads the envelope of a CKAN Action API answer ({@code {"success": true, "result": …}}) into its
 * packages. Pure: no I/O.
 * <p>
 * Two shapes of {@code result} are understood: CKAN's {@code package_search} object
 * ({@code {"count": n, "results": [packages]}}) and DKAN's array of packages (from its
 * {@code package_search}, {@code package_show} and {@code current_package_list_with_resources}),
 * also when DKAN wraps that array in a second one ({@code [[packages]]}). The array shape has no
 * count.
 */
public final class CkanEnvelope {
    private CkanEnvelope() {}

    /**
     * The packages of one page.
     *
     * @param packages the elements of the result list, as they came (the mapper judges each one)
     * @param count    the number of matching packages the portal reports, when it reports one
     */
    public record Page(List<JsonElement> packages, OptionalLong count) {}

    /** An answer that is not a usable Action API page; says why. */
    public static final class UnreadablePageException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadablePageException(String reason) {
            super(reason);
        }
    }

    /**
     * Reads one answer.
     *
     * @throws UnreadablePageException when the text is not JSON, says {@code "success": false}, or has no result list
     */
    public static Page read(String text) throws UnreadablePageException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw new UnreadablePageException("not JSON: " + e.getMessage());
        }
        if (!root.isJsonObject()) {
            throw new UnreadablePageException("not an Action API answer (a JSON object with success and result)");
        }
        JsonObject envelope = root.getAsJsonObject();
        JsonElement success = envelope.get("success");
        if (success != null && success.isJsonPrimitive() && success.getAsJsonPrimitive().isBoolean()
                && !success.getAsBoolean()) {
            throw new UnreadablePageException("the portal answered \"success\": false" + errorOf(envelope));
        }
        JsonElement result = envelope.get("result");
        if (result == null || result.isJsonNull()) {
            throw new UnreadablePageException("the answer has no result" + errorOf(envelope));
        }
        if (result.isJsonArray()) {
            return new Page(packagesOf(unwrap(result.getAsJsonArray())), OptionalLong.empty());
        }
        if (result.isJsonObject()) {
            JsonObject object = result.getAsJsonObject();
            JsonElement results = object.get("results");
            if (results == null || !results.isJsonArray()) {
                throw new UnreadablePageException("the result has no results list");
            }
            return new Page(packagesOf(results.getAsJsonArray()), countOf(object.get("count")));
        }
        throw new UnreadablePageException("the result is neither a list nor an object");
    }

    private static JsonArray unwrap(JsonArray array) {
        if (array.size() == 1 && array.get(0).isJsonArray()) {
            return array.get(0).getAsJsonArray();
        }
        return array;
    }

    private static List<JsonElement> packagesOf(JsonArray array) {
        List<JsonElement> packages = new ArrayList<>(array.size());
        array.forEach(packages::add);
        return packages;
    }

    private static OptionalLong countOf(JsonElement count) {
        if (count == null || !count.isJsonPrimitive() || !count.getAsJsonPrimitive().isNumber()) {
            return OptionalLong.empty();
        }
        try {
            long n = count.getAsLong();
            return n >= 0 ? OptionalLong.of(n) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String errorOf(JsonObject envelope) {
        JsonElement error = envelope.get("error");
        if (error == null || error.isJsonNull()) {
            return "";
        }
        return " (" + (error.isJsonObject() && error.getAsJsonObject().has("message")
                ? error.getAsJsonObject().get("message").toString() : error.toString()) + ")";
    }
}
