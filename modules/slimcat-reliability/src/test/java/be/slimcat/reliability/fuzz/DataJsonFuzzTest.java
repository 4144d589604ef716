// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import be.slimcat.harvest.datajson.DataJsonDatasetMapper;
import be.slimcat.vocab.SlimcatIris;

/**
 * A DCAT-US data.json catalogue (what ArcGIS Hub sites publish) as the dcat-us dialect reads it: each
 * element of its {@code dataset} array mapped and normalised. Text that is not JSON is refused by the
 * JSON reader; the mapper itself must never throw.
 */
class DataJsonFuzzTest {
    private static final URI PAGE = URI.create("https://hub.voorbeeld.be/data.json");
    private static final DataJsonDatasetMapper MAPPER = new DataJsonDatasetMapper(SlimcatIris.defaults());
    private static final FuzzTally TALLY = new FuzzTally("fuzz dcat-us (arcgis hub) mapper");

    @FuzzTest(maxDuration = "30m")
    void a_data_json_catalogue_is_mapped_or_refused(byte[] body) {
        TALLY.tried();
        JsonElement root;
        try {
            root = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        } catch (JsonParseException expected) {
            return;
        }
        if (!root.isJsonObject() || root.getAsJsonObject().get("dataset") == null
                || !root.getAsJsonObject().get("dataset").isJsonArray()) {
            return; // the client refuses the page as "not a data.json catalogue"
        }
        root.getAsJsonObject().getAsJsonArray("dataset").forEach(element -> {
            DataJsonDatasetMapper.MappedDataset mapped = MAPPER.map("fuzz", PAGE, element);
            FuzzTally.clearProblems(mapped.problems());
            mapped.record().ifPresent(r -> FuzzTally.normalise("fuzz", r));
        });
    }

    @AfterAll
    static void report() {
        TALLY.report();
    }
}
