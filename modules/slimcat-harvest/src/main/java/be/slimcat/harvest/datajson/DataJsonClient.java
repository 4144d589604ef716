// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.datajson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.PortalClient;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.RecordSink;
import be.slimcat.harvest.http.FetchedResponse;
import be.slimcat.harvest.http.SafeFetcher;

/**
 * Harvests a DCAT-US {@code data.json} catalogue (schema 1.1 or 3.0), such as ArcGIS Hub serves at
 * {@code {hub}/data.json} or {@code {hub}/api/feed/dcat-us/1.1.json}.
 * <p>
 * The catalogue is one document, not paged. Its {@code dataset} array is streamed with Gson's
 * {@link JsonReader}: one dataset is parsed and mapped at a time, so the mapping holds no more than
 * one dataset's tree besides the response body (which {@link SafeFetcher} bounds), and a dataset
 * that cannot be mapped is reported while the rest go on. A response that is not a data.json
 * catalogue (not JSON, not an object, no {@code dataset} array) or that breaks off in the middle
 * loses the page: the run is then incomplete and the records already delivered do not count as
 * the whole source.
 */
public final class DataJsonClient implements PortalClient {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    private static final String ACCEPT = "application/json, application/ld+json;q=0.9, */*;q=0.1";
    /** The most bytes of a bad response kept for its excerpt. */
    private static final int EXCERPT_BYTES = 2048;

    private final DataJsonDatasetMapper mapper;

    /** A client that maps each dataset with the given mapper. */
    public DataJsonClient(DataJsonDatasetMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String dialect() {
        return "dcat-us";
    }

    @Override
    public void harvest(HarvestSource source, SafeFetcher fetcher, RecordSink sink) {
        URI page = source.endpoint();
        Map<String, String> headers = new HashMap<>(Map.of("Accept", ACCEPT));
        source.credentials().ifPresent(key -> headers.put("Authorization", key));
        FetchedResponse response = fetcher.get(page, headers);
        Counts counts = new Counts();
        String lost;
        try (JsonReader reader = new JsonReader(new InputStreamReader(bodyWithoutBom(response.body()), response.charset()))) {
            lost = readCatalogue(source, page, reader, sink, counts);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            lost = "the response is not readable JSON after " + counts.datasets + " dataset(s): " + e.getMessage();
        }
        if (lost != null) {
            sink.problem(new RecordProblem(source.id(), page, "", RecordProblem.excerpt(start(response)), lost, true));
            sink.pageLost(page, lost);
            LOG.warn("{}: {} lost: {}", source.id(), page, lost);
            return;
        }
        sink.pageRead(page);
        LOG.info("{}: data.json {} gave {} records from {} datasets", source.id(), page, counts.records, counts.datasets);
    }

    /** Reads the catalogue object; returns why it is not a data.json catalogue, or null when it is one. */
    private String readCatalogue(HarvestSource source, URI page, JsonReader reader, RecordSink sink, Counts counts)
            throws IOException {
        JsonToken first = reader.peek();
        if (first != JsonToken.BEGIN_OBJECT) {
            String kind = first == JsonToken.BEGIN_ARRAY ? "array" : first.name().toLowerCase(Locale.ROOT);
            return "not a data.json catalogue: the document is a JSON " + kind + ", not an object with a \"dataset\" array";
        }
        reader.beginObject();
        boolean datasets = false;
        while (reader.hasNext()) {
            String name = reader.nextName();
            if ("dataset".equals(name) && reader.peek() == JsonToken.BEGIN_ARRAY) {
                datasets = true;
                reader.beginArray();
                while (reader.hasNext()) {
                    JsonElement dataset = JsonParser.parseReader(reader);
                    counts.datasets++;
                    deliver(source, page, dataset, sink, counts);
                }
                reader.endArray();
            } else if ("conformsTo".equals(name) && reader.peek() == JsonToken.STRING) {
                LOG.debug("{}: data.json conforms to {}", source.id(), reader.nextString());
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return datasets ? null : "not a data.json catalogue: no \"dataset\" array";
    }

    private void deliver(HarvestSource source, URI page, JsonElement dataset, RecordSink sink, Counts counts) {
        DataJsonDatasetMapper.MappedDataset mapped;
        try {
            mapped = mapper.map(source.id(), page, dataset);
        } catch (RuntimeException e) {
            sink.problem(new RecordProblem(source.id(), page, "", RecordProblem.excerpt(dataset.toString()),
                    "the dataset could not be mapped: " + e, true));
            return;
        }
        mapped.problems().forEach(sink::problem);
        mapped.record().ifPresent(record -> {
            counts.records++;
            sink.record(record);
        });
    }

    private static ByteArrayInputStream bodyWithoutBom(byte[] body) {
        boolean bom = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
        return bom ? new ByteArrayInputStream(body, 3, body.length - 3) : new ByteArrayInputStream(body);
    }

    private static String start(FetchedResponse response) {
        byte[] body = response.body();
        return new String(body, 0, Math.min(body.length, EXCERPT_BYTES), response.charset());
    }

    /** What one harvest has seen so far. */
    private static final class Counts {
        int datasets;
        int records;
    }
}
