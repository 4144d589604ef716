// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.patch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;

/** How the patch files of a log are named and written: {@code 000000000001.rdfp}, text RDF Patch. */
final class PatchFiles {
    static final String SUFFIX = "." + RDFPatchConst.EXT;
    static final String TEMPORARY = ".tmp";
    private static final Pattern NAME = Pattern.compile("(\\d{12})" + Pattern.quote(SUFFIX) + "(" + Pattern.quote(TEMPORARY) + ")?");

    private PatchFiles() {}

    static String name(long sequence) {
        return String.format("%012d%s", sequence, SUFFIX);
    }

    static String temporaryName(long sequence) {
        return name(sequence) + TEMPORARY;
    }

    /** The sequence of a patch file (finished or temporary), or -1 for any other name. */
    static long sequenceOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    static boolean isTemporary(Path file) {
        return file.getFileName().toString().endsWith(TEMPORARY);
    }

    /**
     * Writes one patch (header, then the body between TX and TC) to the file and forces it to disk.
     * The previous patch may be null for the first patch of a log.
     */
    static void write(Path file, PatchEntry entry, PatchEntry previous, Consumer<RDFChanges> body) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            RDFChangesWriterText writer = RDFPatchOps.textWriter(out);
            writer.start();
            writer.header(RDFPatchConst.ID, entry.idNode());
            if (previous != null) {
                writer.header(RDFPatchConst.PREV, previous.idNode());
            }
            writer.txnBegin();
            body.accept(writer);
            writer.txnCommit();
            writer.finish();
            out.flush();
            channel.force(true);
        }
    }
}
