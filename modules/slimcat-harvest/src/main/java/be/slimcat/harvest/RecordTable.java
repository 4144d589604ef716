// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.util.Arrays;

/**
 * A table of records by {@link RecordKey}, each with a fixed number of {@code long} values, kept in
 * primitive arrays: no object per record. Entries are numbered 0, 1, 2, … in the order they were
 * added; a hash index (open addressing, linear probing) finds an entry by its key. Entries are stored
 * in chunks, so that growing never copies them all. Not thread-safe.
 */
final class RecordTable {
    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final int stride;
    private long[][] chunks = new long[0][];
    private int size;
    /** Entry number + 1 per slot, 0 for an empty slot. */
    private int[] slots = new int[16];

    /** A table whose entries carry {@code values} longs besides their key. */
    RecordTable(int values) {
        this.stride = 2 + values;
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    /** The entry of a key, or -1. */
    int find(long high, long low) {
        int mask = slots.length - 1;
        for (int slot = slot(high, low, mask); ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                return -1;
            }
            if (keyHigh(entry) == high && keyLow(entry) == low) {
                return entry;
            }
        }
    }

    /** The entry of a key, or -1. */
    int find(RecordKey key) {
        return find(key.high(), key.low());
    }

    /** Adds an entry for a key the table does not hold yet, with its values 0; returns its number. */
    int add(RecordKey key) {
        return add(key.high(), key.low());
    }

    /** Adds an entry for a key (two longs) the table does not hold yet, with its values 0; returns its number. */
    int add(long high, long low) {
        if (find(high, low) >= 0) {
            throw new IllegalArgumentException("the table already holds " + new RecordKey(high, low));
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        int entry = size++;
        if ((entry >> CHUNK_BITS) == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length + 1);
            chunks[chunks.length - 1] = new long[CHUNK * stride];
        }
        long[] chunk = chunks[entry >> CHUNK_BITS];
        chunk[offset(entry)] = high;
        chunk[offset(entry) + 1] = low;
        index(entry, slots);
        return entry;
    }

    long keyHigh(int entry) {
        return chunks[entry >> CHUNK_BITS][offset(entry)];
    }

    long keyLow(int entry) {
        return chunks[entry >> CHUNK_BITS][offset(entry) + 1];
    }

    /** The key of an entry. */
    RecordKey key(int entry) {
        return new RecordKey(keyHigh(entry), keyLow(entry));
    }

    /** Value {@code column} (0-based) of an entry. */
    long value(int entry, int column) {
        return chunks[entry >> CHUNK_BITS][offset(entry) + 2 + column];
    }

    void set(int entry, int column, long value) {
        chunks[entry >> CHUNK_BITS][offset(entry) + 2 + column] = value;
    }

    /** Where an entry starts in its chunk: its key, then its values. */
    private int offset(int entry) {
        return (entry & (CHUNK - 1)) * stride;
    }

    private void rehash(int capacity) {
        int[] bigger = new int[capacity];
        for (int entry = 0; entry < size; entry++) {
            index(entry, bigger);
        }
        slots = bigger;
    }

    private void index(int entry, int[] into) {
        int mask = into.length - 1;
        int slot = slot(keyHigh(entry), keyLow(entry), mask);
        while (into[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        into[slot] = entry + 1;
    }

    /** Keys are SHA-256 bits, evenly spread already: their low bits pick the slot. */
    private static int slot(long high, long low, int mask) {
        return (int) (low ^ (high >>> 32)) & mask;
    }
}
