// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    private static final String NO_TITLE = "<https://data.slimcat.be/id/dataset/cli-test-zonder-titel>";

    @Test
    void a_valid_dataset_exits_0_and_lists_its_warnings() {
        Cli cli = Cli.run("validate", Cli.fixture("dataset-valid.ttl"));
        assertEquals(0, cli.exitCode, cli.toString());
        assertTrue(cli.out.endsWith("by layer: dcat-ap-recommended 8, dcat-ap-vl 1, ecosystem 1\n"
                + "2 focus node(s): 0 violation(s), 5 warning(s), 5 info(s) — no violations\n"), cli.toString());
        assertTrue(cli.out.contains("  warning   dcat-ap-vl           dct:accessRights\n"), cli.out);
    }

    @Test
    void missing_title_and_malformed_date_exit_3_naming_node_path_and_fix() {
        Cli cli = Cli.run("validate", Cli.fixture("dataset-invalid.ttl"));
        assertEquals(3, cli.exitCode, cli.toString());
        String[] lines = cli.out.split("\n");
        assertEquals(NO_TITLE, lines[0]);
        assertEquals("  violation dcat-ap-mandatory    dct:modified  value \"22/11/2026\"^^xsd:date", lines[1]);
        assertTrue(lines[2].contains("xsd:date") && lines[2].contains("\"2026-11-22\"^^xsd:date"), lines[2]);
        assertEquals("  violation dcat-ap-mandatory    dct:title", lines[3]);
        assertEquals("            Add a title (dct:title) to the dataset.", lines[4]);
        assertTrue(cli.out.contains("2 violation(s)"), cli.out);
        assertTrue(cli.err.contains("dataset-invalid.ttl:10:18: warning: Lexical form '22/11/2026'"), cli.err);
    }

    @Test
    void layer_option_restricts_validation_to_the_named_layers() {
        Cli mandatory = Cli.run("validate", "--layer", "dcat-ap-mandatory", Cli.fixture("dataset-invalid.ttl"));
        assertEquals(3, mandatory.exitCode, mandatory.toString());
        assertTrue(mandatory.out.endsWith("by layer: dcat-ap-mandatory 2\n"
                + "1 focus node(s): 2 violation(s), 0 warning(s), 0 info(s) — violations found\n"), mandatory.out);

        Cli two = Cli.run("validate", "--layer", "eu-code-lists", "--layer", "dcat-ap-vl", Cli.fixture("dataset-valid.ttl"));
        assertEquals(0, two.exitCode, two.toString());
        assertTrue(two.out.endsWith("by layer: dcat-ap-vl 1\n"
                + "1 focus node(s): 0 violation(s), 1 warning(s), 0 info(s) — no violations\n"), two.out);
    }

    @Test
    void an_unknown_layer_is_a_usage_error() {
        Cli cli = Cli.run("validate", "--layer", "dcat-ap", Cli.fixture("dataset-valid.ttl"));
        assertEquals(2, cli.exitCode, cli.toString());
        assertEquals("slimcat: Unknown validation layer 'dcat-ap': use one of dcat-ap-mandatory, dcat-ap-recommended, "
                + "dcat-ap-vl, ecosystem, eu-code-lists\nTry 'slimcat validate --help' for the options.\n", cli.err);
        assertEquals("", cli.out);
    }

    @Test
    void messages_come_in_dutch_on_request() {
        Cli cli = Cli.run("validate", "--messages", "nl", Cli.fixture("dataset-invalid.ttl"));
        assertEquals(3, cli.exitCode);
        assertTrue(cli.out.contains("Voeg een titel (dct:title) toe aan de dataset."), cli.out);
    }

    @Test
    void json_report_counts_the_findings() {
        Cli cli = Cli.run("validate", "--format", "json", Cli.fixture("dataset-invalid.ttl"));
        assertEquals(3, cli.exitCode);
        JsonObject json = JSON.parse(cli.out);
        assertEquals(2, json.get("violations").getAsNumber().value().intValue());
        assertEquals(9, json.get("warnings").getAsNumber().value().intValue());
        JsonObject first = json.get("focusNodes").getAsArray().get(0).getAsObject();
        assertEquals(NO_TITLE.substring(1, NO_TITLE.length() - 1), first.get("focusNode").getAsString().value());
        assertEquals("dcat-ap-mandatory",
                first.get("results").getAsArray().get(0).getAsObject().get("layer").getAsString().value());
        assertEquals(2, json.get("layers").getAsObject().get("dcat-ap-mandatory").getAsNumber().value().intValue());
    }

    @Test
    void turtle_report_is_a_shacl_validation_report() {
        Cli cli = Cli.run("validate", "--format", "turtle", Cli.fixture("dataset-invalid.ttl"));
        assertEquals(3, cli.exitCode);
        assertTrue(cli.out.contains("sh:ValidationReport"), cli.out);
        assertTrue(cli.out.contains("sh:conforms  false"), cli.out);
    }

    @Test
    void a_syntax_error_exits_3_naming_file_line_and_column() {
        Cli cli = Cli.run("validate", Cli.fixture("broken.ttl"));
        assertEquals(3, cli.exitCode, cli.toString());
        assertTrue(cli.err.startsWith("slimcat: " + Cli.fixture("broken.ttl") + ":3:39: syntax error:"), cli.err);
        assertTrue(!cli.err.contains("at be.slimcat"), "no stack trace without --stacktrace");
    }

    @Test
    void stack_trace_only_on_request() {
        Cli cli = Cli.run("validate", "--stacktrace", Cli.fixture("broken.ttl"));
        assertEquals(3, cli.exitCode);
        assertTrue(cli.err.contains("RdfSyntaxException"), cli.err);
    }

    @Test
    void missing_file_and_unknown_option_exit_2() {
        Cli missing = Cli.run("validate", "no-such-file.ttl");
        assertEquals(2, missing.exitCode);
        assertEquals("slimcat: File not found: no-such-file.ttl (check the path)\n", missing.err);

        Cli unknown = Cli.run("validate", "--frobnicate", Cli.fixture("dataset-valid.ttl"));
        assertEquals(2, unknown.exitCode);
        assertTrue(unknown.err.startsWith("slimcat: Unknown option: '--frobnicate'"), unknown.err);

        Cli noCommand = Cli.run();
        assertEquals(2, noCommand.exitCode);
    }

    @Test
    void version_and_help() {
        Cli version = Cli.run("--version");
        assertEquals(0, version.exitCode);
        assertTrue(version.out.startsWith("slimcat "), version.out);
        Cli help = Cli.run("validate", "--help");
        assertEquals(0, help.exitCode);
        assertTrue(help.out.contains("--format"), help.out);
    }
}
