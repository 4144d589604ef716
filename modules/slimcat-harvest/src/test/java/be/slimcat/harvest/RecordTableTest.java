// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The primitive table of records by key: order, lookup and values across chunks and rehashes. */
class RecordTableTest {

    @Test
    void finds_every_key_at_the_number_it_was_added_with_its_values() {
        RecordTable table = new RecordTable(2);
        int n = 10_000; // more than two chunks of 4,096 entries, eleven rehashes
        for (int i = 0; i < n; i++) {
            int entry = table.add(RecordKey.of("record-" + i));
            assertEquals(i, entry);
            table.set(entry, 0, i * 3L);
            table.set(entry, 1, -i);
        }
        assertEquals(n, table.size());
        for (int i = 0; i < n; i++) {
            int entry = table.find(RecordKey.of("record-" + i));
            assertEquals(i, entry);
            assertEquals(RecordKey.of("record-" + i), table.key(entry));
            assertEquals(i * 3L, table.value(entry, 0));
            assertEquals(-i, table.value(entry, 1));
        }
        assertEquals(-1, table.find(RecordKey.of("record-" + n)));
    }

    @Test
    void a_key_is_added_once() {
        RecordTable table = new RecordTable(0);
        table.add(new RecordKey(1, 2));
        assertThrows(IllegalArgumentException.class, () -> table.add(new RecordKey(1, 2)));
        assertEquals(0, table.find(1, 2));
        assertEquals(-1, table.find(2, 1));
    }

    @Test
    void keys_whose_slots_collide_are_all_found() {
        RecordTable table = new RecordTable(1);
        for (int i = 0; i < 100; i++) {
            table.set(table.add(i << 20, 0), 0, i); // the same low bits: every key probes past the others
        }
        for (int i = 0; i < 100; i++) {
            assertEquals(i, table.value(table.find(i << 20, 0), 0));
        }
    }
}
