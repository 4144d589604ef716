// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import be.slimcat.harvest.HarvestRun;
import be.slimcat.harvest.HarvestSource;
import be.slimcat.harvest.HarvestStatus;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.RecordProblem;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.vocab.SlimcatIris;

/**
 * The records {@code slimcat check} looks at: an RDF file in any syntax the reader knows, or a DCAT
 * feed fetched with the harvester's dcat dialect, its HTTP safety and its normalisation, as a harvest
 * would store it.
 *
 * @param name     the file or URL
 * @param graph    the records
 * @param problems what the harvester rejected or lost while reading a feed (empty for a file)
 */
record CheckInput(String name, Graph graph, List<String> problems) {
    private static final String SOURCE_ID = "check";

    /** Whether the argument names a feed rather than a file. */
    static boolean isUrl(String argument) {
        return argument.startsWith("http://") || argument.startsWith("https://");
    }

    /** Reads a file; parser warnings go to {@code err}. */
    static CheckInput file(Path file, String syntax, SlimcatIris iris, PrintWriter err) {
        return new CheckInput(file.toString(), InputFiles.read(List.of(file), syntax, iris, err), List.of());
    }

    /** Harvests a DCAT feed, following its pages; {@code allowedHosts} may resolve to private addresses. */
    static CheckInput feed(String url, Set<String> allowedHosts, SlimcatIris iris) {
        HarvestSource source = HarvestSource.adHoc(SOURCE_ID, uri(url), "dcat", allowedHosts);
        Path staging = stagingDirectory();
        try (HarvestRun run = Harvester.withAllDialects(iris, FetchPolicy.defaults(), staging).run(source, Map.of(), true)) {
            if (run.status() == HarvestStatus.UNAVAILABLE) {
                throw new RemoteUnavailableException(url + ": " + run.message());
            }
            Graph graph = GraphFactory.createDefaultGraph();
            IteratorCloseable<Triple> triples = run.sourceGraph();
            try {
                triples.forEachRemaining(graph::add);
            } finally {
                triples.close();
            }
            List<String> problems = new ArrayList<>();
            for (RecordProblem p : run.staged().problems()) {
                if (p.rejected()) {
                    problems.add("rejected " + p.page() + (p.recordId().isEmpty() ? "" : " record '" + p.recordId() + "'")
                            + ": " + p.reason());
                }
            }
            run.staged().pagesLost().forEach((page, reason) -> problems.add("page lost " + page + ": " + reason));
            return new CheckInput(url, graph, problems);
        } finally {
            delete(staging);
        }
    }

    private static URI uri(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new UsageException("Not an http(s) URL with a host: '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("Not a valid URL: " + e.getMessage());
        }
    }

    private static Path stagingDirectory() {
        try {
            return Files.createTempDirectory("slimcat-check");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the feed's records", e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary directory " + directory, e);
        }
    }
}
