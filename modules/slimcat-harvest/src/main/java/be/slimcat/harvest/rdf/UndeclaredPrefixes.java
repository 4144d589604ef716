// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.rdf;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The prefixes one Turtle or TriG page declares, and what the lenient parser makes of a prefix it
 * uses without declaring: a prefix of {@code undeclared-prefixes.tsv} is read as its well-known
 * namespace (reported as a repair); any other is given a marker namespace so that
 * {@link RioToJena} leaves out, and reports, every triple that uses it.
 */
final class UndeclaredPrefixes {
    /** The namespace of IRIs made with an undeclared prefix that is not well known. */
    static final String MARKER = "urn:x-slimcat:undeclared-prefix:";
    private static final Map<String, String> WELL_KNOWN = BundledTable.rows("undeclared-prefixes.tsv", 2).stream()
            .collect(Collectors.toUnmodifiableMap(row -> row.get(0), row -> row.get(1)));

    private final Set<String> declared = new HashSet<>();
    private final Map<String, Long> assumed = new LinkedHashMap<>();

    /** The page declares the prefix. */
    void declare(String prefix) {
        declared.add(prefix);
    }

    boolean isDeclared(String prefix) {
        return declared.contains(prefix);
    }

    /** The namespace read for a prefix the page uses without declaring it, first on {@code line}. */
    String assume(String prefix, long line) {
        assumed.putIfAbsent(prefix, line);
        String known = WELL_KNOWN.get(prefix);
        return known != null ? known : MARKER + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + ":";
    }

    /** The repairs: one note for each well-known prefix the page used without declaring it. */
    void notes(List<ParseNote> notes, PageLines lines) {
        assumed.forEach((prefix, line) -> {
            String known = WELL_KNOWN.get(prefix);
            if (known != null) {
                notes.add(new ParseNote(line, "the prefix " + prefix + ": is used but not declared; read as the well-known"
                        + " namespace <" + known + ">", lines.line(line)));
            }
        });
    }

    /** The undeclared prefix an IRI was made with, when it is not a well-known one. */
    static Optional<String> unknownPrefixOf(String iri) {
        if (!iri.startsWith(MARKER)) {
            return Optional.empty();
        }
        int end = iri.indexOf(':', MARKER.length());
        return Optional.of(URLDecoder.decode(iri.substring(MARKER.length(), end < 0 ? iri.length() : end), StandardCharsets.UTF_8));
    }
}
