// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import be.slimcat.vocab.SlimcatIris;

/** A record identifier's key: 128 bits of its SHA-256, naming its catalogue record. */
class RecordKeyTest {

    @Test
    void is_the_first_128_bits_of_sha256() {
        // SHA-256("a") = ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb
        assertEquals(new RecordKey(0xca978112ca1bbdcaL, 0xfac231b39a23dc4dL), RecordKey.of("a"));
        assertEquals("ca978112ca1bbdca", RecordKey.of("a").shortKey());
        assertEquals(ContentHash.shortKey("gent-parkeerbezetting"), RecordKey.of("gent-parkeerbezetting").shortKey());
    }

    @Test
    void names_the_catalogue_record_as_the_identifier_does() {
        SlimcatIris iris = SlimcatIris.defaults();
        assertEquals("https://data.slimcat.be/id/catalogusrecord/voorbeeld-ca978112ca1bbdca",
                CatalogRecords.iri(iris, "voorbeeld", RecordKey.of("a")).getURI());
        assertEquals(CatalogRecords.iri(iris, "voorbeeld", "a"), CatalogRecords.iri(iris, "voorbeeld", RecordKey.of("a")));
        assertEquals("https://data.slimcat.be/id/catalogusrecord/voorbeeld-", CatalogRecords.iriPrefix(iris, "voorbeeld"));
    }
}
