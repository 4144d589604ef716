// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Which property paths are refused as unstoppable. */
class PathRepetitionCheckTest {
    private static Optional<String> check(String pattern) {
        return PathRepetitionCheck.unstoppablePath(QueryFactory.create("PREFIX : <http://e.org/> SELECT * { " + pattern + " }"));
    }

    @Test
    void single_repetitions_and_top_level_sequences_pass() {
        assertEquals(Optional.empty(), check("?s (:p|^:p)* ?o"));
        assertEquals(Optional.empty(), check("?s :p+/:q* ?o"));
        assertEquals(Optional.empty(), check("?s (:p*|:q*) ?o"));
        assertEquals(Optional.empty(), check("?s :p{2} ?o"));
    }

    @Test
    void nested_or_chained_repetitions_inside_one_step_are_found() {
        assertEquals(Optional.of("(((:p|^:p))*/:p)*"), check("?s ((:p|^:p)*/:p)* ?o"));
        assertEquals(Optional.of("((:p)*/(:q)*)|:r"), check("?s (:p*/:q*)|:r ?o"));
        assertEquals(Optional.of("((:p)+)+"), check("?s (:p+)+ ?o"));
    }

    @Test
    void paths_in_subqueries_and_exists_are_checked() {
        assertEquals(Optional.of("((:p)*)*"), check("{ SELECT ?s { ?s (:p*)* ?o } }"));
        assertEquals(Optional.of("((:p)*)*"), check("?s ?p ?o FILTER EXISTS { ?s (:p*)* ?x }"));
    }
}
