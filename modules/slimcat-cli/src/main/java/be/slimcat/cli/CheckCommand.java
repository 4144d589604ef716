// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;

import be.slimcat.harvest.links.LinkCheckCache;
import be.slimcat.harvest.links.LinkCheckResults;
import be.slimcat.quality.QualityAssessor;
import be.slimcat.validation.CatalogueValidator;
import be.slimcat.vocab.SlimcatIris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true, description = {
    "Check records before they are published: per dataset its five stars (and why not the next one), its MQA score",
    "out of 405 with the band and the points per dimension, and its DCAT-AP (SHACL) violations; overall the counts,",
    "the mean score, the stars per level and the fixes worth most points. With --check-links the access and download",
    "URLs are checked (politely, each once); without it their status points are reported as not assessed.",
    "Exit 0 when no dataset has a violation, 3 when one has (or a feed lost records), 4 when the feed is unreachable."})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|URL",
            description = "An RDF file (syntax by extension, or --syntax), or the http(s) URL of a DCAT feed (its first page).")
    String input;

    @Option(names = "--syntax", paramLabel = "SYNTAX", description = "RDF syntax of the file: turtle, ntriples, rdfxml, jsonld, …")
    String syntax;

    @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file (default: standard output).")
    Path output;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the messages and fixes: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    @Option(names = "--allow-host", paramLabel = "HOST",
            description = "A host of the feed or, with --check-links, of a checked URL that may resolve to a private or loopback address.")
    List<String> allowHosts = new ArrayList<>();

    @Mixin LinkCheckOptions links;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:SLIMCAT_BASE}",
            description = "Base of the IRIs SlimCat mints (default: $SLIMCAT_BASE, else " + SlimcatIris.DEFAULT_BASE + ").")
    String base;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SlimcatIris iris = base == null || base.isBlank() ? SlimcatIris.defaults() : SlimcatIris.withBase(base);
        links.settings();
        links.refuseMaxAge("slimcat check");
        CheckInput data = read(iris, err);
        Optional<LinkCheckResults> statuses = links.enabled()
                ? Optional.of(links.check(data.graph(), Set.copyOf(allowHosts), LinkCheckCache.empty()))
                : Optional.empty();
        CatalogueCheck check = new RecordChecker(CatalogueValidator.bundled(iris), QualityAssessor.bundled())
                .check(data.name(), data.graph(), language, statuses);
        write(check);
        data.problems().forEach(p -> err.println("slimcat: " + p));
        if (check.datasets().isEmpty()) {
            err.println("slimcat: " + data.name() + " holds no dcat:Dataset: nothing to score (check the rdf:type of the records)");
        }
        err.flush();
        boolean problems = !data.problems().isEmpty() || check.datasets().isEmpty() || !check.conforms();
        return problems ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
    }

    private CheckInput read(SlimcatIris iris, PrintWriter err) {
        if (CheckInput.isUrl(input)) {
            if (syntax != null) {
                throw new UsageException("--syntax goes with a file; a feed's pages say their own syntax");
            }
            return CheckInput.feed(input, Set.copyOf(allowHosts), iris);
        }
        if (!allowHosts.isEmpty() && !links.enabled()) {
            throw new UsageException("--allow-host goes with a feed URL or --check-links, not with a file alone");
        }
        return CheckInput.file(Path.of(input), syntax, iris, err);
    }

    private void write(CatalogueCheck check) throws IOException {
        String report = switch (format) {
            case text -> {
                StringWriter text = new StringWriter();
                new CheckTextReport(language).write(check, new PrintWriter(text));
                yield text.toString();
            }
            case json -> JSON.toString(new CheckJsonReport(language).toJson(check)) + "\n";
            case html -> new CheckHtmlReport(language).toHtml(check);
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(report);
        } else {
            Files.writeString(output, report, StandardCharsets.UTF_8);
            out.println("Report written to " + output);
        }
        out.flush();
    }
}
