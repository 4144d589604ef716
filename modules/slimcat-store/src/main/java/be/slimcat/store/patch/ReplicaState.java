// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The file {@value #FILE} in a replica's store directory: the last patch applied (sequence and id),
 * replaced atomically after each applied patch.
 */
final class ReplicaState {
    static final String FILE = "replica.state";
    private final Path file;

    ReplicaState(Path storeDirectory) {
        this.file = storeDirectory.resolve(FILE);
    }

    /** The last patch applied, or empty when none was. */
    Optional<PatchEntry> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new PatchEntry(Long.parseLong(p.getProperty("sequence", "")), required(p, "id")));
        } catch (IOException | IllegalArgumentException e) {
            throw new PatchChainException("The replica state " + file + " cannot be read (" + e.getMessage()
                    + "): rebuild the replica from an empty store directory", e);
        }
    }

    private String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    /** Records the patch as the last applied. */
    void write(PatchEntry applied) {
        Properties p = new Properties();
        p.setProperty("sequence", Long.toString(applied.sequence()));
        p.setProperty("id", applied.id());
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                p.store(out, "Last RDF Patch applied by this SlimCat replica");
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new PatchChainException("Cannot record the replica state in " + file + ": " + e.getMessage()
                    + " (patch " + applied.sequence() + " is applied and will be applied again, harmlessly, on the next try)", e);
        }
    }
}
