// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * dct:license to the EU licence table. Reads the table's variants (CKAN licence ids and titles,
 * SPDX ids, names), Creative Commons URLs (http or https, with or without "www." and trailing '/',
 * legalcode or deed pages; not the jurisdiction ports, which are other licences), Open Data Commons,
 * opendefinition.org and SPDX URLs, and HTML (a link inside is tried first, then the text without
 * tags). Flemish licence IRIs (data.vlaanderen.be/id/licentie/…) are valid in DCAT-AP VL: they are
 * kept, in their https form.
 */
final class LicenceRule extends CodeListRule {
    private static final Pattern FLEMISH = Pattern.compile("^(?i)https?://data\\.vlaanderen\\.be/(id/licentie/\\S+)$");
    private static final String PAGE = "(?:/(?:legalcode(?:\\.[A-Za-z_-]+)?|deed\\.[A-Za-z_-]+)?)?/?";
    private static final Pattern CC = Pattern.compile(
            "^(?i)https?://(?:www\\.)?creativecommons\\.org/licen[cs]es/(by(?:-(?:nc|nd|sa)){0,2})/(\\d\\.\\d)" + PAGE + "$");
    private static final Pattern CC_PORT = Pattern.compile(
            "^(?i)https?://(?:www\\.)?creativecommons\\.org/licen[cs]es/[a-z-]+/\\d\\.\\d/([a-z]{2})(?:/.*)?$");
    private static final Pattern CC_ZERO = Pattern.compile(
            "^(?i)https?://(?:www\\.)?creativecommons\\.org/publicdomain/zero/1\\.0" + PAGE + "$");
    private static final Pattern ODC = Pattern.compile(
            "^(?i)https?://(?:www\\.)?opendatacommons\\.org/licen[cs]es/(odbl|by|pddl)(?:/(?:1[.-]0|summary))*(?:/[a-z]*)?/?$");
    private static final Pattern NAMED = Pattern.compile(
            "^(?i)https?://(?:www\\.)?(?:opendefinition\\.org/licenses|spdx\\.org/licenses)/([A-Za-z0-9.+-]+?)(?:\\.html)?/?$");

    LicenceRule(AuthorityTable table) {
        super(table);
    }

    @Override
    public Outcome apply(Node value) {
        if (value.isLiteral() && HtmlText.isHtml(value.getLiteralLexicalForm())) {
            String html = value.getLiteralLexicalForm();
            for (String link : HtmlText.links(html)) {
                if (isHttp(link)) {
                    Outcome linked = fromIri(value, link);
                    if (linked instanceof Outcome.Replace replace) {
                        return new Outcome.Replace(replace.nodes(), "link " + link + " in the HTML: " + replace.basis());
                    }
                }
            }
            String text = HtmlText.text(html);
            if (text.isEmpty()) {
                return Outcome.unmapped("HTML without text or usable link");
            }
            Outcome read = isHttp(text) ? fromIri(value, text) : fromText(value, text);
            if (read instanceof Outcome.Replace replace) {
                return new Outcome.Replace(replace.nodes(), "text \"" + text + "\" of the HTML: " + replace.basis());
            }
            return Outcome.unmapped("HTML whose text \"" + RecordTexts.shorten(text) + "\" and links are not in the "
                    + table.name());
        }
        return super.apply(value);
    }

    @Override
    protected Outcome fromIri(Node value, String iri) {
        Matcher flemish = FLEMISH.matcher(iri);
        if (flemish.matches()) {
            return same(value, NodeFactory.createURI("https://data.vlaanderen.be/" + flemish.group(1)),
                    "Flemish licence IRI (https, as data.vlaanderen.be publishes it)");
        }
        Matcher port = CC_PORT.matcher(iri);
        if (port.matches() && !CC.matcher(iri).matches()) {
            return Outcome.unmapped("a Creative Commons port for jurisdiction \"" + port.group(1)
                    + "\", a licence the " + table.name() + " does not have");
        }
        return super.fromIri(value, iri);
    }

    @Override
    protected Optional<String> foreignKey(String iri) {
        Matcher m = CC.matcher(iri);
        if (m.matches()) {
            return Optional.of("cc " + m.group(1) + " " + m.group(2));
        }
        if (CC_ZERO.matcher(iri).matches()) {
            return Optional.of("cc0 1.0");
        }
        m = ODC.matcher(iri);
        if (m.matches()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(name.equals("by") ? "odc by" : name);
        }
        m = NAMED.matcher(iri);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }
}
