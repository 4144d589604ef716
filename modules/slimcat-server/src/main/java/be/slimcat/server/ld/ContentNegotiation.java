// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.ld;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses the variant of a description: a {@code ?format=} parameter wins; else the {@code Accept} header
 * (parsed by Jena's {@link AcceptList}), where each variant's quality is that of the most specific range
 * that matches it (RFC 9110 §12.5.1: {@code text/turtle;q=0, *}{@code /*} refuses Turtle), {@code q=0}
 * refuses, and among equal qualities an explicitly named type beats a wildcard, then the order of
 * {@link RdfVariant} (HTML first). No header means HTML.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {}

    /** What the request asked for. */
    public sealed interface Outcome permits Chosen, UnknownFormat, NotAcceptable {}

    /** The variant to send; {@code byParameter} when {@code ?format=} chose it. */
    public record Chosen(RdfVariant variant, boolean byParameter) implements Outcome {}

    /** A {@code ?format=} value that names no variant. */
    public record UnknownFormat(String value) implements Outcome {}

    /** An {@code Accept} header that no variant satisfies. */
    public record NotAcceptable(String accept) implements Outcome {}

    /** The outcome for a request's {@code format} parameter (or null) and {@code Accept} header (or null). */
    public static Outcome choose(String formatParameter, String accept) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            return RdfVariant.byParameter(formatParameter)
                    .<Outcome>map(v -> new Chosen(v, true))
                    .orElseGet(() -> new UnknownFormat(formatParameter));
        }
        if (accept == null || accept.isBlank()) {
            return new Chosen(RdfVariant.HTML, false);
        }
        List<MediaRange> ranges = new AcceptList(accept).entries();
        record Scored(RdfVariant variant, MediaRange range) {}
        return Arrays.stream(RdfVariant.values())
                .map(v -> new Scored(v, mostSpecific(ranges, v.asMediaType()).orElse(null)))
                .filter(s -> s.range() != null && s.range().get_q() > 0)
                .sorted(Comparator.comparingDouble((Scored s) -> -s.range().get_q())
                        .thenComparingInt(s -> -specificity(s.range()))
                        .thenComparingInt(s -> s.variant().ordinal()))
                .findFirst()
                .<Outcome>map(s -> new Chosen(s.variant(), false))
                .orElseGet(() -> new NotAcceptable(accept));
    }

    private static Optional<MediaRange> mostSpecific(List<MediaRange> ranges, MediaType type) {
        return ranges.stream().filter(r -> r.accepts(type)).max(Comparator.comparingInt(ContentNegotiation::specificity));
    }

    /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
    private static int specificity(MediaRange range) {
        if ("*".equals(range.getType())) {
            return 0;
        }
        return "*".equals(range.getSubType()) ? 1 : 2;
    }
}
