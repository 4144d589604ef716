// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.G;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.slimcat.harvest.HarvestedRecord;
import be.slimcat.harvest.RecordProblem;

/**
 * Normalises every harvested record, whatever its dialect, towards the values DCAT-AP expects:
 * <ul>
 * <li>dct:format → EU file-type IRIs; dcat:mediaType → IANA media-type IRIs;</li>
 * <li>dct:license → EU licence IRIs (Flemish licence IRIs are kept); dct:language → EU language
 * IRIs; dct:accrualPeriodicity → EU frequency IRIs; dcat:theme → EU data-theme IRIs (a Belgian
 * theme is kept and its EU theme added); dct:accessRights → EU access-right IRIs;</li>
 * <li>dct:issued, dct:modified, dcat:startDate, dcat:endDate → typed xsd:date / xsd:dateTime
 * (or xsd:gYear / xsd:gYearMonth);</li>
 * <li>dcat:landingPage, dcat:accessURL, dcat:downloadURL, foaf:homepage, dct:conformsTo → IRIs;</li>
 * <li>language tags of dct:title, dct:description and dcat:keyword → well-formed BCP 47.</li>
 * </ul>
 * The record's subject, its distributions and their dct:temporal periods are normalised. A value is
 * repaired only when the reading is certain; every repair is reported as a {@link RecordProblem}
 * with {@code rejected=false} whose reason says what was changed from what to what. A value that
 * cannot be mapped is kept as it is and reported with a reason starting "kept unmapped:". Nothing is
 * dropped. Pure: the bundled tables are read once; no other I/O. Thread-safe.
 */
public final class RecordNormaliser {
    /** The start of the reason of every value kept as it was because it could not be mapped. */
    public static final String UNMAPPED = "kept unmapped: ";

    private static final Logger LOG = LoggerFactory.getLogger("slimcat.harvest");
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("dct", DCTerms.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("foaf", FOAF.NS).lock();

    private final String sourceId;
    private final Map<Node, ValueRule> rules;

    /** A normaliser for the records of one source (named in the problems it reports). */
    public RecordNormaliser(String sourceId) {
        this.sourceId = sourceId;
        this.rules = rules(AuthorityTables.bundled());
    }

    private static Map<Node, ValueRule> rules(AuthorityTables tables) {
        Map<Node, ValueRule> rules = new LinkedHashMap<>();
        rules.put(DCTerms.format.asNode(), new FormatRule(tables.fileTypes));
        rules.put(DCAT.mediaType.asNode(), new MediaTypeRule());
        rules.put(DCTerms.license.asNode(), new LicenceRule(tables.licences));
        rules.put(DCTerms.language.asNode(), new LanguageRule(tables.languages));
        rules.put(DCTerms.accrualPeriodicity.asNode(), new FrequencyRule(tables.frequencies));
        rules.put(DCAT.theme.asNode(), new ThemeRule(tables.themes, tables.belgianThemes));
        rules.put(DCTerms.accessRights.asNode(), new AccessRightsRule(tables.accessRights));
        DateRule dates = new DateRule();
        for (Node p : List.of(DCTerms.issued.asNode(), DCTerms.modified.asNode(), DCAT.startDate.asNode(),
                DCAT.endDate.asNode())) {
            rules.put(p, dates);
        }
        WebIriRule web = new WebIriRule();
        for (Node p : List.of(DCAT.landingPage.asNode(), DCAT.accessURL.asNode(), DCAT.downloadURL.asNode(),
                FOAF.homepage.asNode(), DCTerms.conformsTo.asNode())) {
            rules.put(p, web);
        }
        LanguageTagRule tags = new LanguageTagRule(tables.languages, tables.languageTags);
        for (Node p : List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), DCAT.keyword.asNode())) {
            rules.put(p, tags);
        }
        return Map.copyOf(rules);
    }

    /** The repaired record and what was repaired or kept unmapped. The input record is not changed. */
    public Normalised normalise(HarvestedRecord record) {
        Graph in = record.graph();
        Graph out = GraphFactory.createDefaultGraph();
        in.find().forEachRemaining(out::add);
        List<RecordProblem> problems = new ArrayList<>();
        for (Map.Entry<Node, String> described : describedNodes(in, record.subject()).entrySet()) {
            Node node = described.getKey();
            List<Triple> triples = G.find(in, node, null, null).toList().stream()
                    .filter(t -> rules.containsKey(t.getPredicate()))
                    .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                            .thenComparing(t -> RecordTexts.node(t.getObject())))
                    .toList();
            for (Triple t : triples) {
                Outcome outcome = rules.get(t.getPredicate()).apply(t.getObject());
                String property = FmtUtils.stringForNode(t.getPredicate(), PREFIXES);
                String value = RecordTexts.node(t.getObject());
                if (outcome instanceof Outcome.Replace replace && adds(out, t, replace)) {
                    out.delete(t);
                    replace.nodes().forEach(n -> out.add(Triple.create(node, t.getPredicate(), n)));
                    problems.add(problem(record, described.getValue(), property, value,
                            property + " of " + described.getValue() + ": " + change(t.getObject(), replace.nodes())
                                    + " (" + replace.basis() + ")"));
                } else if (outcome instanceof Outcome.Unmapped unmapped) {
                    problems.add(problem(record, described.getValue(), property, value,
                            UNMAPPED + property + " " + value + " of " + described.getValue() + ": " + unmapped.why()));
                }
            }
        }
        if (!problems.isEmpty()) {
            LOG.debug("{}: record {} normalised with {} repairs or unmapped values", sourceId, record.recordId(),
                    problems.size());
        }
        return new Normalised(new HarvestedRecord(record.recordId(), record.subject(), out, record.page()), problems);
    }

    /**
     * Whether a replacement changes anything: it does unless it only keeps the value, or keeps it
     * and adds what the record already has (a Belgian theme whose EU theme is already there).
     */
    private static boolean adds(Graph out, Triple t, Outcome.Replace replace) {
        if (!replace.nodes().contains(t.getObject())) {
            return true;
        }
        return replace.nodes().stream().anyMatch(n -> !out.contains(t.getSubject(), t.getPredicate(), n));
    }

    private static String change(Node old, List<Node> nodes) {
        List<Node> added = nodes.stream().filter(n -> !n.equals(old)).toList();
        String targets = added.stream().map(RecordTexts::node).collect(Collectors.joining(" and "));
        if (nodes.contains(old)) {
            return "added " + targets + " next to " + RecordTexts.node(old);
        }
        return "changed " + RecordTexts.node(old) + " to " + targets;
    }

    private RecordProblem problem(HarvestedRecord record, String node, String property, String value, String reason) {
        return new RecordProblem(sourceId, record.page(), record.recordId(),
                RecordProblem.excerpt(node + " " + property + " " + value), reason, false);
    }

    /**
     * The nodes whose values are normalised, each with its name in reports: the subject, its
     * distributions, and the dct:temporal periods of both.
     */
    private static Map<Node, String> describedNodes(Graph graph, Node subject) {
        Map<Node, String> nodes = new LinkedHashMap<>();
        String root = RecordTexts.node(subject);
        nodes.put(subject, root);
        List<Node> distributions = objects(graph, subject, DCAT.distribution.asNode());
        for (Node d : distributions) {
            nodes.putIfAbsent(d, d.isBlank() ? "a distribution without IRI of " + root : RecordTexts.node(d));
        }
        for (Node owner : new ArrayList<>(nodes.keySet())) {
            String ownerName = nodes.get(owner);
            for (Node period : objects(graph, owner, DCTerms.temporal.asNode())) {
                nodes.putIfAbsent(period, period.isBlank() ? "the dct:temporal of " + ownerName : RecordTexts.node(period));
            }
        }
        return nodes;
    }

    private static List<Node> objects(Graph graph, Node subject, Node property) {
        return G.find(graph, subject, property, null).toList().stream().map(Triple::getObject)
                .filter(o -> o.isURI() || o.isBlank())
                .sorted(Comparator.comparing(RecordTexts::node)).toList();
    }
}
