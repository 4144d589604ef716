// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/** Template functions of SlimCat's pages: {@code iri|href} gives the link for an IRI (see {@link LocalLinks}). */
final class PageExtension extends AbstractExtension {
    private final LocalLinks links;

    PageExtension(LocalLinks links) {
        this.links = links;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("href", new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                    int lineNumber) {
                return input == null ? null : links.href(input.toString());
            }
        });
    }
}
