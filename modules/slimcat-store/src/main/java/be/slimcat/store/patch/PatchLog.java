// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.PatchException;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The patch log of a primary store: the directory {@value #DIRECTORY} next to the database, holding
 * one RDF Patch file per committed write transaction, numbered 1, 2, ... without gaps. Each patch
 * names its own id and the id of the patch before it. A patch is first written to a temporary file,
 * forced to disk, and renamed to its final name only once the transaction has committed; so every
 * finished file is a committed change, and readers never see a half-written one.
 * The log is thread-safe; its writes are serialised by the {@link PatchRecordingDataset}.
 */
public final class PatchLog {
    /** The name of the log's directory inside the store directory. */
    public static final String DIRECTORY = "patches";
    private static final String BEING_STARTED = DIRECTORY + ".new";

    private final Path directory;
    private volatile PatchEntry latest;
    private volatile String broken;

    private PatchLog(Path directory, PatchEntry latest) {
        this.directory = directory;
        this.latest = latest;
    }

    /** True when the store directory has a patch log. */
    public static boolean existsIn(Path storeDirectory) {
        return Files.isDirectory(storeDirectory.resolve(DIRECTORY));
    }

    /**
     * Opens the store's patch log, after settling a patch left temporary by a crash between commit and
     * rename: it is kept when the data shows its changes, else dropped.
     */
    public static PatchLog open(Path storeDirectory, DatasetGraph data) {
        Path directory = storeDirectory.resolve(DIRECTORY);
        PatchLog log = new PatchLog(directory, null);
        log.latest = log.scan();
        log.settleTemporary(data);
        return log;
    }

    /**
     * Starts a patch log for the store (or opens the one it has). When the store holds data, the first
     * patch adds all of it, so that a replica starting empty receives everything.
     */
    public static PatchLog start(Path storeDirectory, DatasetGraph data) {
        if (!existsIn(storeDirectory)) {
            Path fresh = storeDirectory.resolve(BEING_STARTED);
            try {
                deleteTree(fresh);
                Files.createDirectories(fresh);
                Txn.executeRead(data, () -> {
                    if (data.find().hasNext()) {
                        write(fresh.resolve(PatchFiles.name(1)), new PatchEntry(1, newId()), null,
                                w -> data.find().forEachRemaining(q -> w.add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())));
                    }
                });
                Files.move(fresh, storeDirectory.resolve(DIRECTORY), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | UncheckedIOException e) {
                throw new PatchLogException("Cannot start the patch log in " + fresh + ": " + e.getMessage()
                        + " (check the disk space and the permissions of the store directory)", e);
            }
        }
        return open(storeDirectory, data);
    }

    private static void write(Path file, PatchEntry entry, PatchEntry previous, Consumer<RDFChanges> body) {
        try {
            PatchFiles.write(file, entry, previous, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of the log. */
    public Path directory() {
        return directory;
    }

    /** The last finished patch, or empty when the log has none yet. */
    public Optional<PatchEntry> latest() {
        return Optional.ofNullable(latest);
    }

    /** The finished file of patch {@code sequence}, or empty when there is none. */
    public Optional<Path> file(long sequence) {
        if (sequence < 1 || latest == null || sequence > latest.sequence()) {
            return Optional.empty();
        }
        Path file = directory.resolve(PatchFiles.name(sequence));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** A patch written to its temporary file, waiting for its transaction to commit. */
    record Prepared(PatchEntry entry, Path temporary) {}

    /** Writes the changes as the next patch, to a temporary file forced to disk. */
    Prepared prepare(ChangeSet changes) {
        if (broken != null) {
            throw new PatchLogException(broken);
        }
        PatchEntry entry = new PatchEntry(latest == null ? 1 : latest.sequence() + 1, newId());
        Path temporary = directory.resolve(PatchFiles.temporaryName(entry.sequence()));
        try {
            PatchFiles.write(temporary, entry, latest, changes::sendTo);
        } catch (IOException | RuntimeException e) {
            quietlyDelete(temporary);
            throw new PatchLogException("Cannot write patch " + temporary + ": " + e.getMessage()
                    + " (the transaction is aborted; check the disk space)", e);
        }
        return new Prepared(entry, temporary);
    }

    /** Gives the prepared patch its final name, after its transaction committed. */
    void publish(Prepared prepared) {
        try {
            Files.move(prepared.temporary(), directory.resolve(PatchFiles.name(prepared.entry().sequence())),
                    StandardCopyOption.ATOMIC_MOVE);
            latest = prepared.entry();
        } catch (IOException e) {
            broken = "The patch log " + directory + " could not publish patch " + prepared.entry().sequence()
                    + " after its transaction committed (" + e.getMessage() + "); no further writes are accepted:"
                    + " restart SlimCat, which settles the patch when it opens the store";
            throw new PatchLogException(broken, e);
        }
    }

    /** Drops the prepared patch of a transaction that did not commit. */
    void discard(Prepared prepared) {
        quietlyDelete(prepared.temporary());
    }

    private PatchEntry scan() {
        List<Long> sequences = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> !PatchFiles.isTemporary(f)).mapToLong(PatchFiles::sequenceOf).filter(s -> s > 0)
                    .forEach(sequences::add);
        } catch (IOException e) {
            throw new PatchLogException("Cannot read the patch log " + directory + ": " + e.getMessage(), e);
        }
        if (sequences.isEmpty()) {
            return null;
        }
        long last = sequences.stream().mapToLong(Long::longValue).max().orElseThrow();
        if (last != sequences.size()) {
            throw new PatchLogException("The patch log " + directory + " has " + sequences.size()
                    + " patches numbered up to " + last + ": some are missing; restore them from a backup, or delete"
                    + " the directory to start a new log (replicas must then be rebuilt)");
        }
        return new PatchEntry(last, idOf(directory.resolve(PatchFiles.name(last))));
    }

    private static String idOf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            PatchHeader header = RDFPatchOps.readHeader(in);
            Node id = header.getId();
            if (id == null || !id.isURI()) {
                throw new PatchLogException("The patch " + file + " has no id in its header: the file is damaged");
            }
            return id.getURI();
        } catch (IOException | PatchException e) {
            throw new PatchLogException("Cannot read the header of patch " + file + ": " + e.getMessage(), e);
        }
    }

    private void settleTemporary(DatasetGraph data) {
        long next = latest == null ? 1 : latest.sequence() + 1;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(PatchFiles::isTemporary).toList()) {
                if (PatchFiles.sequenceOf(file) == next && committed(file, data)) {
                    Files.move(file, directory.resolve(PatchFiles.name(next)), StandardCopyOption.ATOMIC_MOVE);
                    latest = new PatchEntry(next, idOf(directory.resolve(PatchFiles.name(next))));
                } else {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new PatchLogException("Cannot settle the patch log " + directory + ": " + e.getMessage(), e);
        }
    }

    /** True when the temporary patch is complete, follows the latest patch, and the data shows its changes. */
    private boolean committed(Path file, DatasetGraph data) {
        ReadPatch patch;
        try (InputStream in = Files.newInputStream(file)) {
            patch = ReadPatch.from(in);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String expected = latest == null ? null : latest.id();
        if (!Objects.equals(expected, patch.previous())) {
            return false;
        }
        return Txn.calculateRead(data, () -> patch.changes().isReflectedIn(data));
    }

    private static String newId() {
        return "uuid:" + UUID.randomUUID();
    }

    private static void quietlyDelete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is overwritten by the next prepare, or settled at the next open.
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
