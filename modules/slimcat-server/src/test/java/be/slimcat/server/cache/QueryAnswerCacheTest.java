// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class QueryAnswerCacheTest {
    private static QueryRequestKey key(String query) {
        return new QueryRequestKey(query, "", "application/sparql-results+json");
    }

    private static CachedAnswer answer(int bytes) {
        return new CachedAnswer(List.of(Map.entry("Content-Type", "t")), new byte[bytes - "Content-Type".length() - 1]);
    }

    @Test
    void theLeastRecentlyUsedAnswerGoesFirstWhenTheBudgetIsSpent() {
        QueryAnswerCache cache = new QueryAnswerCache(100, 50);
        cache.put(key("a"), 1L, answer(40));
        cache.put(key("b"), 1L, answer(40));
        assertTrue(cache.get(key("a"), 1L).isPresent());
        cache.put(key("c"), 1L, answer(40));
        assertEquals(2, cache.size());
        assertTrue(cache.get(key("a"), 1L).isPresent());
        assertTrue(cache.get(key("b"), 1L).isEmpty());
        assertTrue(cache.get(key("c"), 1L).isPresent());
    }

    @Test
    void anAnswerLargerThanTheLargestIsNotKept() {
        QueryAnswerCache cache = new QueryAnswerCache(100, 50);
        cache.put(key("a"), 1L, answer(51));
        assertEquals(0, cache.size());
        cache.put(key("a"), 1L, answer(50));
        assertEquals(1, cache.size());
    }

    @Test
    void anAnswerIsOnlyFoundForTheVersionItWasComputedOnAndANewVersionDropsTheOldAnswers() {
        QueryAnswerCache cache = new QueryAnswerCache(100, 50);
        cache.put(key("a"), 1L, answer(40));
        assertTrue(cache.get(key("a"), 2L).isEmpty());
        cache.put(key("b"), 2L, answer(40));
        assertEquals(1, cache.size());
        assertTrue(cache.get(key("a"), 1L).isEmpty());
        assertTrue(cache.get(key("b"), 2L).isPresent());
    }

    @Test
    void answersDifferByAcceptHeaderAndParameters() {
        QueryAnswerCache cache = new QueryAnswerCache(1000, 500);
        cache.put(key("a"), 1L, answer(40));
        assertTrue(cache.get(new QueryRequestKey("a", "", "application/sparql-results+xml"), 1L).isEmpty());
        assertTrue(cache.get(new QueryRequestKey("a", "timeout=5\n", "application/sparql-results+json"), 1L).isEmpty());
    }

    @Test
    void queriesWithServiceOrChangingFunctionsOrExtensionFunctionsAreNotRepeatable() {
        assertTrue(RepeatableQueries.isRepeatable("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(xsd:integer(?o) > 3) }"
                .replace("SELECT", "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT")));
        for (String query : List.of("SELECT (NOW() AS ?t) {}", "SELECT ?s { ?s ?p ?o } ORDER BY RAND()",
                "SELECT ?s { ?s ?p ?o } ORDER BY RAND() LIMIT 3", "SELECT (SAMPLE(RAND()) AS ?r) { ?s ?p ?o } GROUP BY ?s",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY (RAND() < 0.5)",
                "SELECT (UUID() AS ?u) {}", "SELECT (STRUUID() AS ?u) {}", "SELECT (BNODE('x') AS ?b) {}",
                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT ?s { ?s ?p ?o FILTER(<http://example.org/f>(?o)) }", "SELECT nonsense")) {
            assertEquals(false, RepeatableQueries.isRepeatable(query), query);
        }
    }
}
