// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import be.slimcat.harvest.ckan.CkanClient;
import be.slimcat.harvest.ckan.CkanPackageMapper;
import be.slimcat.harvest.ckan.DkanClient;
import be.slimcat.harvest.dcat.DcatFeedClient;
import be.slimcat.harvest.dcat.DcatPageMapper;
import be.slimcat.harvest.datajson.DataJsonClient;
import be.slimcat.harvest.datajson.DataJsonDatasetMapper;
import be.slimcat.harvest.opendatasoft.OdsClient;
import be.slimcat.harvest.opendatasoft.OdsDatasetMapper;
import be.slimcat.harvest.socrata.SocrataClient;
import be.slimcat.harvest.socrata.SocrataResourceMapper;
import be.slimcat.harvest.http.FetchException;
import be.slimcat.harvest.http.FetchPolicy;
import be.slimcat.harvest.http.SafeFetcher;
import be.slimcat.harvest.normalise.RecordNormaliser;
import be.slimcat.vocab.SlimcatIris;

/**
 * Harvests one source at a time: fetches and maps its pages with the dialect's client, stages the
 * records on disk, compares them with the last good run, and decides whether the result may
 * replace the source's graph. It never writes to a store: the caller applies a run.
 */
public final class Harvester {
    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    private static final DateTimeFormatter RUN_KEY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /** How long incremental runs may follow each other before a full run, which sees deletions, is due. */
    public static final Duration FULL_RUN_EVERY = Duration.ofDays(7);

    private final Map<String, PortalClient> clients = new LinkedHashMap<>();
    private final SlimcatIris iris;
    private final FetchPolicy policy;
    private final Path stagingDirectory;
    private final boolean normalise;

    /**
     * A harvester with the given clients that stages records as the clients map them, without
     * normalising their values (for testing a dialect on its own).
     */
    public Harvester(SlimcatIris iris, FetchPolicy policy, Path stagingDirectory, List<PortalClient> clients) {
        this(iris, policy, stagingDirectory, clients, false);
    }

    /** A harvester with the given clients; with {@code normalise} every record passes the {@link RecordNormaliser}. */
    public Harvester(SlimcatIris iris, FetchPolicy policy, Path stagingDirectory, List<PortalClient> clients,
            boolean normalise) {
        this.iris = iris;
        this.policy = policy;
        this.stagingDirectory = stagingDirectory;
        this.normalise = normalise;
        clients.forEach(c -> this.clients.put(c.dialect(), c));
    }

    /** A harvester that knows every dialect SlimCat ships and normalises every record. */
    public static Harvester withAllDialects(SlimcatIris iris, FetchPolicy policy, Path stagingDirectory) {
        return new Harvester(iris, policy, stagingDirectory, List.of(
                new DcatFeedClient(new DcatPageMapper(iris)),
                new CkanClient(new CkanPackageMapper(iris)),
                new DkanClient(new CkanPackageMapper(iris)),
                new OdsClient(new OdsDatasetMapper(iris)),
                new SocrataClient(new SocrataResourceMapper(iris)),
                new DataJsonClient(new DataJsonDatasetMapper(iris))), true);
    }

    /** The dialect names this harvester knows. */
    public Set<String> dialects() {
        return clients.keySet();
    }

    /** The graph a source's records live in. */
    public Node sourceGraph(HarvestSource source) {
        return iris.sourceGraph(source.id());
    }

    /**
     * Harvests the source, comparing with the given record hashes and no known earlier run (for tests
     * and tools without a store).
     */
    public HarvestRun run(HarvestSource source, Map<String, String> previousHashes, boolean acceptShrink) {
        return run(source, PreviousHarvest.of(previousHashes, Optional.empty(), Optional.empty()), acceptShrink, HarvestProgress.NONE);
    }

    /**
     * Harvests the source. An incremental source whose dialect can ask for changes only, whose last
     * complete run is known and whose last full run is less than {@link #FULL_RUN_EVERY} old, is asked
     * for what changed since that last complete run started; every other run asks for everything.
     *
     * @param previous     what the store holds of the source
     * @param acceptShrink accept a result that lost more records than the source allows
     * @param progress     told after every page
     */
    public HarvestRun run(HarvestSource source, PreviousHarvest previous, boolean acceptShrink, HarvestProgress progress) {
        PortalClient client = clients.get(source.dialect());
        if (client == null) {
            throw new UnknownDialectException(source.dialect(), clients.keySet());
        }
        Instant started = Instant.now();
        Optional<Instant> since = incrementalSince(source, client, previous, started);
        Node run = iris.thing("oogst", source.id() + "-" + RUN_KEY.format(started.truncatedTo(ChronoUnit.MILLIS)));
        StagedRecords staged = new StagedRecords(source.id(), stagingDirectory, new CatalogRecords(iris, source.id(), run),
                previous, started);
        MDC.put("source", source.id());
        try (SafeFetcher fetcher = new SafeFetcher(policy.allowingPrivateHosts(source.allowedHosts()))) {
            RecordSink sink = new ProgressSink(normalise ? new NormalisingSink(staged, new RecordNormaliser(source.id())) : staged,
                    source.id(), progress);
            if (since.isPresent()) {
                client.harvestChangedSince(source, since.get(), fetcher, sink);
            } else {
                client.harvest(source, fetcher, sink);
            }
            staged.finish();
            HarvestStatus status = judge(source, staged, since.isPresent() ? 0 : previous.size(), acceptShrink);
            boolean merges = status == HarvestStatus.INCOMPLETE || since.isPresent();
            ChangeSummary changes = merges ? ChangeSummary.ofMerge(previous, staged)
                    : ChangeSummary.ofReplacement(previous, staged);
            String message = message(status, source, staged, previous.size(), since);
            LOG.info("{}: {} ({} records, {} rejected)", source.id(), message, staged.size(), staged.rejectedCount());
            return new HarvestRun(source, iris, run, started, Instant.now(), status, message, staged, changes, since);
        } catch (FetchException e) {
            staged.finish();
            LOG.warn("{}: source unavailable: {}", source.id(), e.getMessage());
            return new HarvestRun(source, iris, run, started, Instant.now(), HarvestStatus.UNAVAILABLE,
                    "source unavailable, last good data kept: " + e.getMessage(), staged, ChangeSummary.NONE, since);
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        } finally {
            MDC.remove("source");
        }
    }

    /**
     * From when an incremental run may ask for changes: the start of the last complete run, as long
     * as a full run (the only kind that sees deletions) completed within {@link #FULL_RUN_EVERY}.
     */
    private static Optional<Instant> incrementalSince(HarvestSource source, PortalClient client, PreviousHarvest previous,
            Instant now) {
        boolean recentFullRun = previous.lastFullStart().filter(full -> full.isAfter(now.minus(FULL_RUN_EVERY))).isPresent();
        return source.incremental() && client.harvestsIncrementally() && recentFullRun ? previous.lastCompleteStart()
                : Optional.empty();
    }

    private static HarvestStatus judge(HarvestSource source, StagedRecords staged, int previousCount, boolean acceptShrink) {
        if (!staged.pagesLost().isEmpty()) {
            return HarvestStatus.INCOMPLETE;
        }
        int now = staged.size();
        boolean shrunk = previousCount > 0 && now < previousCount * (1.0 - source.maxShrink());
        return shrunk && !acceptShrink ? HarvestStatus.SHRUNK : HarvestStatus.SUCCEEDED;
    }

    private static String message(HarvestStatus status, HarvestSource source, StagedRecords staged, int previousCount,
            Optional<Instant> since) {
        return switch (status) {
            case SUCCEEDED -> since.isPresent()
                    ? "harvested the " + staged.size() + " records changed since " + since.get()
                            + " and kept the others; deletions are seen by the next full run (--full)"
                    : "harvested " + staged.size() + " records from " + staged.pagesRead().size() + " page(s)";
            case INCOMPLETE -> staged.pagesLost().size() + " page(s) could not be read (" + staged.pagesLost().values().iterator().next()
                    + "); the " + staged.size() + " records read were added or updated, none removed";
            case SHRUNK -> "the source shrank from " + previousCount + " to " + staged.size()
                    + " records, more than the allowed " + Math.round(source.maxShrink() * 100)
                    + "%; last good data kept (rerun with --accept-shrink if this is right)";
            case UNAVAILABLE -> "source unavailable";
        };
    }
}
