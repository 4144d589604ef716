// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import be.slimcat.harvest.ConfiguredSource;
import be.slimcat.harvest.Harvester;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.server.CatalogueServer;
import be.slimcat.server.replication.Replicator;
import be.slimcat.store.CatalogueStore;
import be.slimcat.store.GraphSummary;
import be.slimcat.store.SampleData;
import be.slimcat.store.patch.PatchEntry;
import be.slimcat.store.patch.ReplicaUpdater;
import be.slimcat.vocab.ResourceNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Serve the store over HTTP: SPARQL at /sparql, read-only Graph Store Protocol at /data, health at /health.",
    "On an empty store the vocabulary, the ecosystem inventory and the example datasets are loaded first.",
    "Updates (/update, /store) exist only when an admin password is given ($SLIMCAT_ADMIN_PASSWORD or"
            + " --admin-password-file) and need HTTP Basic authentication as user 'admin'.",
    "Read replicas: serve the primary with --patch-log, and each replica with --replica-of http://primary:3030/."})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"--query-timeout", "--timeout"}, defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = {"--max-rows", "--result-limit"}, defaultValue = "10000", paramLabel = "ROWS",
            description = "Most rows (or triples) one answer holds; a cut answer has the header SlimCat-Result-Truncated (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--max-concurrent-queries", defaultValue = "4", paramLabel = "N",
            description = "Queries that may run at once on /sparql, /query and /data; one more waits 2 s, then gets 503 (default: ${DEFAULT-VALUE}).")
    int maxConcurrentQueries;

    @Option(names = "--rate-limit", defaultValue = "50/s", paramLabel = "RATE",
            description = "Requests per client IP to the SPARQL and Graph Store endpoints, as N/s, N/min or N/h, or 'off'; above it 429 (default: ${DEFAULT-VALUE}).")
    String rateLimit;

    @Option(names = "--max-body", defaultValue = "1M", paramLabel = "SIZE",
            description = "Largest request body of a query or update, e.g. 64k or 1M; above it 413 (default: ${DEFAULT-VALUE}).")
    String maxBody;

    @Option(names = "--service-allow", split = ",", paramLabel = "HOST[:PORT]",
            description = "Hosts federated SERVICE may call (comma-separated); without it SERVICE is off.")
    List<String> serviceAllow = new ArrayList<>();

    @Option(names = "--query-cache", defaultValue = "64", paramLabel = "MiB", description = {
        "Memory for kept query answers, answered again until the data changes; 0 keeps none (default: ${DEFAULT-VALUE})."})
    long queryCacheMiB;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--reload-samples", description = "Replace the bundled vocabulary, inventory and examples even when the store is not empty.")
    boolean reloadSamples;

    @Option(names = "--admin-password-file", paramLabel = "FILE", description = "File whose first line is the admin password.")
    Path adminPasswordFile;

    @Option(names = "--harvest-at", paramLabel = "WHEN", description = {
        "Harvest the enabled sources inside the server: at this time of day (02:00) or cron expression ('0 2 * * *'),",
        "or at a source's own sc:schedule. Runs never overlap; the store is compacted after each."})
    String harvestAt;

    @Option(names = "--sources", paramLabel = "FILE", description = "Another sources file for --harvest-at, next to the bundled sources.ttl.")
    List<Path> sourcesFiles = new ArrayList<>();

    @Option(names = "--patch-log", description = {
        "Record every committed change of the store as RDF Patch in <store>/patches and serve the log at /patches,",
        "for read replicas. Once started, the log records every later change, whichever command makes it."})
    boolean patchLog;

    @Option(names = "--replica-of", paramLabel = "URL", description = {
        "Serve as a read replica of the SlimCat at URL (started with --patch-log): apply its patches to this store,",
        "which must be empty the first time. No harvests, no updates, no bundled samples."})
    URI replicaOf;

    @Option(names = "--poll-seconds", defaultValue = "10", paramLabel = "SECONDS",
            description = "How often a replica asks the primary for new patches (default: ${DEFAULT-VALUE}).")
    long pollSeconds;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535, not " + port);
        }
        EndpointLimits limits = EndpointLimits.of(timeoutSeconds, resultLimit, maxConcurrentQueries, rateLimit, maxBody, serviceAllow);
        if (queryCacheMiB < 0 || queryCacheMiB > 1 << 20) {
            throw new UsageException("--query-cache must be between 0 and 1048576 MiB, not " + queryCacheMiB);
        }
        String password = adminPassword();
        if (replicaOf != null) {
            checkReplicaOptions(password);
            if (storeOptions.remoteService().isPresent()) {
                throw new UsageException("--replica-of keeps an embedded store in step; a remote store is kept in step by its service");
            }
        }
        HarvestSchedule fallback = harvestAt == null ? null : HarvestSchedule.parse(harvestAt);
        List<ConfiguredSource> sources = fallback == null ? List.of()
                : SourcesFiles.load(sourcesFiles, storeOptions.iris(), out, spec.commandLine().getErr());
        CatalogueStore store = storeOptions.openStore(patchLog);
        Replicator replicator = null;
        try {
            if (replicaOf != null) {
                replicator = new Replicator(replicaOf, ReplicaUpdater.open(store.directory(), store.dataset()));
            } else if (reloadSamples || store.isEmpty()) {
                List<GraphSummary> samples = new SampleData(storeOptions.iris()).loadInto(store);
                for (GraphSummary g : samples) {
                    out.printf("Loaded %d triples into <%s>%n", g.triples(), g.graph().getURI());
                }
                for (QualityPass.Result result : new LoadedGraphQuality(store, storeOptions.iris()).assess(
                        List.of(storeOptions.iris().inventoryGraph(), storeOptions.iris().examplesGraph()))) {
                    QualitySummary.print(result, "slimcat baseline accept --graph " + result.target().dataGraph().getURI(), out);
                }
            }
            CatalogueServer server = CatalogueServer.builder(store)
                    .iris(storeOptions.iris())
                    .port(port)
                    .queryTimeout(limits.timeout())
                    .resultLimit(limits.rows())
                    .maxConcurrentQueries(limits.concurrentQueries())
                    .rateLimit(limits.rate())
                    .maxBodyBytes(limits.bodyBytes())
                    .serviceAllowList(limits.services())
                    .queryCache(queryCacheMiB << 20)
                    .loopbackOnly(localhost)
                    .adminPassword(password)
                    .build()
                    .start();
            out.printf("SlimCat serves store %s%n", store.location());
            out.printf("  Web pages        http://localhost:%d/ (search /zoeken, quality /kwaliteit, harvests /oogsten)%n", server.port());
            out.printf("  SPARQL endpoint  http://localhost:%d/sparql%n", server.port());
            out.printf("  Graph Store      http://localhost:%d/data (read only)%n", server.port());
            out.printf("  Health           http://localhost:%d/health%n", server.port());
            out.println(password == null ? "  Updates          off (no admin password given)"
                    : "  Updates          http://localhost:" + server.port() + "/update and /store (user admin)");
            if (store.patchLog().isPresent()) {
                out.printf("  Patch log        http://localhost:%d/patches (latest patch %d)%n", server.port(),
                        store.patchLog().get().latest().map(PatchEntry::sequence).orElse(0L));
            }
            if (replicator != null) {
                out.printf("  Replica of       %s (at patch %d, polled every %d s)%n", replicator.source(),
                        replicator.updater().next() - 1, pollSeconds);
                replicator.pollEvery(Duration.ofSeconds(pollSeconds));
            }
            out.printf("  Limits           %s%n", limits);
            HarvestScheduler scheduler = fallback == null ? null : new HarvestScheduler(new HarvestPipeline(store,
                    storeOptions.iris(), Harvester.withAllDialects(storeOptions.iris(), FetchPolicy.defaults(),
                            store.directory().resolve("staging")), QualityPass.bundled(store, storeOptions.iris())),
                    Clock.systemDefaultZone());
            if (scheduler != null) {
                scheduler.start(sources, fallback).forEach((id, at) -> out.printf("  Next harvest     %s at %s%n", id, at));
            }
            out.flush();
            Replicator replicating = replicator;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (scheduler != null) {
                    scheduler.close();
                }
                if (replicating != null) {
                    replicating.close();
                }
                server.stop();
                store.close();
            }, "slimcat-shutdown"));
            server.join();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private void checkReplicaOptions(String password) {
        if (pollSeconds < 1) {
            throw new UsageException("--poll-seconds must be at least 1, not " + pollSeconds);
        }
        String scheme = replicaOf.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || replicaOf.getHost() == null) {
            throw new UsageException("--replica-of needs the primary's http(s) address, such as http://primary:3030/, not " + replicaOf);
        }
        String conflict = password != null ? "an admin password (a replica takes no updates)"
                : harvestAt != null ? "--harvest-at (the primary harvests)"
                : reloadSamples ? "--reload-samples (the primary's data is replicated)"
                : patchLog ? "--patch-log (a replica does not serve a log of its own)" : null;
        if (conflict != null) {
            throw new UsageException("--replica-of cannot be combined with " + conflict);
        }
    }

    private String adminPassword() throws IOException {
        if (adminPasswordFile != null) {
            if (!Files.isRegularFile(adminPasswordFile)) {
                throw new ResourceNotFoundException("Admin password file not found: " + adminPasswordFile);
            }
            String first = Files.readAllLines(adminPasswordFile, StandardCharsets.UTF_8).stream()
                    .findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new UsageException("The admin password file " + adminPasswordFile + " is empty");
            }
            return first;
        }
        String env = System.getenv("SLIMCAT_ADMIN_PASSWORD");
        return env == null || env.isBlank() ? null : env;
    }
}
