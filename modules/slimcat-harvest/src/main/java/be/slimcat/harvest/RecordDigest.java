// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

/**
 * What a run remembers of a record's content hash: its first 128 bits, two longs instead of a
 * 64-character string, so that a source of a million records costs megabytes, not hundreds of them.
 * 128 bits of SHA-256 tell two records apart as surely as the full hash for any catalogue size.
 */
public record RecordDigest(long high, long low) {

    /**
     * The digest of a {@link ContentHash#of content hash}. Text that is not a hexadecimal hash of at
     * least 32 digits (a hash written by other software) is digested as it is.
     */
    public static RecordDigest of(String hash) {
        if (hash.length() >= 32 && isHex(hash, 32)) {
            return new RecordDigest(Long.parseUnsignedLong(hash, 0, 16, 16), Long.parseUnsignedLong(hash, 16, 32, 16));
        }
        return of(ContentHash.ofText(hash));
    }

    private static boolean isHex(String text, int length) {
        for (int i = 0; i < length; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
