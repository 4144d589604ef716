// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * dcat:theme to the EU data-theme table. A Belgian theme (vocab.belgif.be) is kept and the EU theme it
 * maps to (skos:exactMatch or skos:broadMatch in the Belgian tables) is added next to it.
 */
final class ThemeRule extends CodeListRule {
    private final Map<String, AuthorityTable.Entry> belgian;

    ThemeRule(AuthorityTable table, Map<String, AuthorityTable.Entry> belgian) {
        super(table);
        this.belgian = belgian;
    }

    @Override
    protected Outcome fromIri(Node value, String iri) {
        AuthorityTable.Entry entry = belgian.get(iri);
        if (entry != null) {
            return new Outcome.Replace(List.of(NodeFactory.createURI(iri), entry.target()),
                    entry.basis() + " in the Belgian theme table");
        }
        return super.fromIri(value, iri);
    }
}
