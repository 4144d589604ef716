// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

import be.slimcat.validation.CatalogueValidator;
import be.slimcat.validation.JsonReport;
import be.slimcat.validation.TextReport;
import be.slimcat.validation.ValidationLayer;
import be.slimcat.validation.ValidationOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, description = {
    "Validate RDF files against the SlimCat shapes, in layers: DCAT-AP 3 mandatory and recommended, EU code lists,",
    "DCAT-AP Vlaanderen and the smart-city ecosystem; each finding names its layer.",
    "Exit 0 when there is no violation, 3 when there are violations or a syntax error."})
final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, turtle }

    @Spec CommandSpec spec;
    @Mixin StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (syntax by extension, or --lang).")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "SYNTAX", description = "RDF syntax of all files: turtle, ntriples, rdfxml, jsonld, …")
    String lang;

    @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--messages", defaultValue = "en", paramLabel = "LANG", description = "Language of the messages: nl or en (default: ${DEFAULT-VALUE}).")
    String messageLanguage;

    @Option(names = "--layer", paramLabel = "NAME", description = {
        "Validate with the shapes of this layer only (repeatable): dcat-ap-mandatory, dcat-ap-recommended,",
        "eu-code-lists, dcat-ap-vl, ecosystem. Default: all layers."})
    List<String> layerNames = List.of();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CatalogueValidator validator = validator(CatalogueValidator.bundled(storeOptions.iris()));
        var data = InputFiles.read(files, lang, storeOptions.iris(), spec.commandLine().getErr());
        ValidationOutcome outcome = validator.validate(data);
        switch (format) {
            case text -> new TextReport(messageLanguage).write(outcome, out);
            case json -> out.println(JSON.toString(JsonReport.toJson(outcome)));
            case turtle -> out.print(RDFWriter.source(outcome.reportGraph()).format(RDFFormat.TURTLE_PRETTY).asString());
        }
        out.flush();
        return outcome.hasNoViolations() ? ExitCodes.OK : ExitCodes.DATA_PROBLEMS;
    }

    /** All layers, or only those named with --layer; an unknown name is a usage error. */
    private CatalogueValidator validator(CatalogueValidator all) {
        if (layerNames.isEmpty()) {
            return all;
        }
        List<ValidationLayer> selected = new ArrayList<>();
        for (String name : layerNames) {
            selected.add(all.layer(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown validation layer '" + name + "': use one of "
                            + all.layers().stream().map(ValidationLayer::name).collect(Collectors.joining(", ")))));
        }
        return all.restrictedTo(selected);
    }
}
