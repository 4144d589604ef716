// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.sparql.vocabulary.FOAF;

/**
 * What the Lucene index holds: labels, titles, descriptions and keywords in every language, in one
 * field {@value #FIELD}, with the language and the named graph of each literal.
 * {@code ?s text:query 'parkeren'} searches all of them; {@code ?s text:query ('parkeren' 'lang:nl')}
 * only Dutch literals. The quality graphs are not indexed (see {@link CatalogueTextDocProducer}).
 */
final class TextIndexDefinition {
    static final String FIELD = "text";

    /** The indexed properties. */
    static final List<Node> PREDICATES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode(), FOAF.name.asNode(), DCTerms.title.asNode(), DCTerms.description.asNode(),
            RDFS.comment.asNode(), DCAT.keyword.asNode());

    private TextIndexDefinition() {}

    static TextIndexConfig config() {
        EntityDefinition entity = new EntityDefinition("uri", FIELD, "graph");
        PREDICATES.forEach(p -> entity.set(FIELD, p));
        entity.setLangField("lang");
        entity.setUidField("uid");
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setValueStored(true);
        return config;
    }
}
