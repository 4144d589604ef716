// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The datasets a simulated portal publishes, and how they change from one night to the next: some are
 * added, some edited (title, description, keywords, download URL), some deleted. Rendered as a DCAT
 * Turtle feed.
 */
public final class PortalState {
    public static final String BASE = "https://data.voorbeeld.be/";
    private static final String[] WORDS = {"verkeer", "parkeren", "afval", "luchtkwaliteit", "fietspaden", "bomen",
        "bevolking", "wijken", "onderwijs", "cultuur", "sport", "energie", "water", "geluid", "budget", "toerisme"};

    /** One dataset as the portal publishes it. */
    public record Dataset(String id, String title, String description, Set<String> keywords, String download) {
        String iri() {
            return BASE + "dataset/" + id;
        }
    }

    private final Map<String, Dataset> datasets = new TreeMap<>();
    private int nextId;
    private int edition;

    /** A portal with {@code count} datasets. */
    public static PortalState withDatasets(int count, Random random) {
        PortalState state = new PortalState();
        for (int i = 0; i < count; i++) {
            state.add(random);
        }
        return state;
    }

    /** The datasets, by identifier. */
    public Map<String, Dataset> datasets() {
        return Map.copyOf(datasets);
    }

    /** How many datasets the portal publishes. */
    public int size() {
        return datasets.size();
    }

    /** One night of changes: adds, edits and deletes the given numbers of datasets, chosen at random. */
    public void change(int added, int edited, int deleted, Random random) {
        edition++;
        for (int i = 0; i < deleted && !datasets.isEmpty(); i++) {
            datasets.remove(pick(random));
        }
        for (int i = 0; i < edited && !datasets.isEmpty(); i++) {
            Dataset d = datasets.get(pick(random));
            datasets.put(d.id(), switch (random.nextInt(4)) {
                case 0 -> new Dataset(d.id(), title(d.id(), random), d.description(), d.keywords(), d.download());
                case 1 -> new Dataset(d.id(), d.title(), description(random), d.keywords(), d.download());
                case 2 -> new Dataset(d.id(), d.title(), d.description(), keywords(random), d.download());
                default -> new Dataset(d.id(), d.title(), d.description(), d.keywords(), download(d.id()));
            });
        }
        for (int i = 0; i < added; i++) {
            add(random);
        }
    }

    private String pick(Random random) {
        List<String> ids = new ArrayList<>(datasets.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    private void add(Random random) {
        String id = "ds-" + nextId++;
        datasets.put(id, new Dataset(id, title(id, random), description(random), keywords(random), download(id)));
    }

    private String title(String id, Random random) {
        return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + id + " (editie " + edition + ")";
    }

    private static String description(Random random) {
        StringBuilder text = new StringBuilder("Gegevens over");
        for (int i = 0, n = 5 + random.nextInt(20); i < n; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }

    private static Set<String> keywords(Random random) {
        Set<String> keywords = new TreeSet<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            keywords.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return keywords;
    }

    private String download(String id) {
        return BASE + "files/" + id + "-" + edition + ".csv";
    }

    /** The portal's DCAT feed in Turtle. */
    public byte[] turtle() {
        StringBuilder ttl = new StringBuilder("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n@prefix dct: <http://purl.org/dc/terms/> .\n");
        for (Dataset d : datasets.values()) {
            ttl.append('<').append(d.iri()).append("> a dcat:Dataset ;\n  dct:identifier \"").append(d.id())
                    .append("\" ;\n  dct:title \"").append(d.title()).append("\"@nl ;\n  dct:description \"")
                    .append(d.description()).append("\"@nl ;\n");
            d.keywords().forEach(k -> ttl.append("  dcat:keyword \"").append(k).append("\"@nl ;\n"));
            ttl.append("  dcat:distribution <").append(BASE).append("distribution/").append(d.id()).append("> .\n<")
                    .append(BASE).append("distribution/").append(d.id()).append("> a dcat:Distribution ;\n  dcat:accessURL <")
                    .append(d.download()).append("> .\n");
        }
        return ttl.toString().getBytes(StandardCharsets.UTF_8);
    }
}
