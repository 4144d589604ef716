// SPDX-License-Identifier: Apache-2.0
package be.slimcat.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.slimcat.cli.SlimcatCommand;
import be.slimcat.vocab.SlimcatIris;

/**
 * Thirty nights of {@code slimcat harvest} against a portal whose datasets change every night (some added,
 * some edited, some deleted). After each night the source graph must hold exactly the portal's datasets as
 * they are that night, and the store (compacted by every harvest) must stay within a bound derived from
 * the data it holds.
 */
class NightlyHarvestsIT {
    private static final SlimcatIris IRIS = SlimcatIris.defaults();
    private static final Pattern COMPACTED = Pattern.compile("Compacted the store: ([0-9.]+) MB → ([0-9.]+) MB");
    /**
     * A compacted TDB2 store holds each live triple once, so the disk it uses grows no faster than the
     * triples it holds: its bytes per stored triple may not rise above night 1's by more than this slack
     * (B+tree fill, the text index's merge policy). Without compaction every night's replacement keeps
     * the old triples too, and the store grows by what the compactions dropped (printed).
     */
    private static final double BYTES_PER_TRIPLE_SLACK = 1.5;

    @TempDir Path dir;

    @Test
    void thirty_nights_of_changes_end_in_exactly_the_portal_s_data_on_bounded_disk() throws Exception {
        int nights = 30;
        PropertyTally tally = new PropertyTally("nightly harvests");
        Path store = dir.resolve("store");
        Random random = new Random(30);
        PortalState state = PortalState.withDatasets(100 * Budget.scale(), random);
        double firstBytesPerTriple = 0;
        long firstBytes = 0;
        long firstTriples = 0;
        double reclaimed = 0;
        try (PortalServer portal = new PortalServer()) {
            for (int night = 1; night <= nights; night++) {
                if (night > 1) {
                    int n = state.size();
                    state.change(n / 20 + random.nextInt(n / 20), n / 10, n / 25 + random.nextInt(n / 25), random);
                }
                portal.serve("/catalog.ttl", "text/turtle", state.turtle());
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int exit = SlimcatCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("harvest",
                        "--store", store.toString(), "--url", portal.url("/catalog.ttl").toString(), "--dialect", "dcat",
                        "--id", "stad", "--allow-host", "127.0.0.1");
                assertEquals(0, exit, out + "\n" + err);
                Matcher compacted = COMPACTED.matcher(out.toString());
                if (compacted.find()) {
                    reclaimed += Double.parseDouble(compacted.group(1)) - Double.parseDouble(compacted.group(2));
                }

                StoreSnapshot snapshot = StoreSnapshot.of(store);
                Map<String, PortalState.Dataset> stored = datasets(snapshot.graph(IRIS.sourceGraph("stad")));
                long triples = snapshot.graphNames().stream().mapToLong(g -> snapshot.graph(g).size()).sum();
                long bytes = diskUse(store);
                double perTriple = (double) bytes / triples;
                if (night == 1) {
                    firstBytesPerTriple = perTriple;
                    firstBytes = bytes;
                    firstTriples = triples;
                }
                boolean exact = stored.equals(state.datasets());
                boolean bounded = perTriple <= BYTES_PER_TRIPLE_SLACK * firstBytesPerTriple;
                tally.check(exact && bounded, "night " + night + ": " + (exact ? "" : "the store's datasets differ from the portal's ("
                        + stored.size() + " stored, " + state.size() + " published); ") + (bounded ? "" : String.format(
                        "%.0f bytes per triple, more than %.1f × %.0f of night 1", perTriple, BYTES_PER_TRIPLE_SLACK, firstBytesPerTriple)));
                tally.figure("night %2d: %4d datasets published, %6d triples stored, store %6.2f MB on disk (%.0f bytes per triple),"
                        + " %.2f MB apparent", night, state.size(), triples, bytes / 1e6, perTriple, apparentSize(store) / 1e6);
                if (night == nights) {
                    tally.figure("bound: bytes per triple ≤ %.1f × night 1's; night %d / night 1: %.2f × the bytes for %.2f × the triples",
                            BYTES_PER_TRIPLE_SLACK, nights, (double) bytes / firstBytes, (double) triples / firstTriples);
                    tally.figure("compactions dropped %.1f MB of TDB2 file length over the %d nights (old copies of replaced data)",
                            reclaimed, nights);
                }
            }
        }
        tally.report();
    }

    /** The datasets of a harvested graph, as the portal describes them. */
    private static Map<String, PortalState.Dataset> datasets(Graph graph) {
        Map<String, PortalState.Dataset> datasets = new HashMap<>();
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), DCAT.Dataset.asNode()).toList()) {
            Node d = t.getSubject();
            String id = text(graph, d, DCTerms.identifier.asNode());
            Set<String> keywords = new TreeSet<>();
            graph.find(d, DCAT.keyword.asNode(), Node.ANY).forEachRemaining(k -> keywords.add(k.getObject().getLiteralLexicalForm()));
            Node distribution = graph.find(d, DCAT.distribution.asNode(), Node.ANY).next().getObject();
            String download = graph.find(distribution, DCAT.accessURL.asNode(), Node.ANY).next().getObject().getURI();
            datasets.put(id, new PortalState.Dataset(id, text(graph, d, DCTerms.title.asNode()),
                    text(graph, d, DCTerms.description.asNode()), keywords, download));
        }
        return datasets;
    }

    private static String text(Graph graph, Node subject, Node predicate) {
        var values = graph.find(subject, predicate, Node.ANY).toList();
        return values.size() == 1 ? values.get(0).getObject().getLiteralLexicalForm() : values.toString();
    }

    /** The disk blocks the store's files take ({@code du}: TDB2's files are sparse, their lengths overstate). */
    private static long diskUse(Path store) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-sk", store.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, du.waitFor(), out);
        return Long.parseLong(out.split("\\s+")[0]) * 1024;
    }

    /** The summed lengths of the store's files. */
    private static long apparentSize(Path store) {
        try (var files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
