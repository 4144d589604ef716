// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A record identifier as 128 bits of its SHA-256: what a run keeps of an identifier instead of the
 * text. The first 64 bits are the {@link ContentHash#shortKey short key} that names the record's
 * catalogue record, so the catalogue record of a key is known without the identifier.
 *
 * @param high the first 64 bits of SHA-256 of the identifier's UTF-8 bytes
 * @param low  the next 64 bits
 */
public record RecordKey(long high, long low) {

    /** The key of a record identifier. */
    public static RecordKey of(String recordId) {
        try {
            ByteBuffer sha = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(recordId.getBytes(StandardCharsets.UTF_8)));
            return new RecordKey(sha.getLong(), sha.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Sixteen hex digits: {@link ContentHash#shortKey} of the identifier. */
    public String shortKey() {
        return HexFormat.of().toHexDigits(high);
    }
}
