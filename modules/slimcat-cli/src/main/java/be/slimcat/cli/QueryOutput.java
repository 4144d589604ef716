// SPDX-License-Identifier: Apache-2.0
package be.slimcat.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Runs a parsed query on a dataset and writes its results as the commands print them: SELECT and ASK as
 * a table or a SPARQL results format, CONSTRUCT and DESCRIBE as Turtle. Shared by {@code query} and {@code ask}.
 */
final class QueryOutput {
    /** The result formats of {@code --results}. */
    enum Format { text, csv, tsv, json, xml }

    private QueryOutput() {}

    /** The results of the query on the dataset (call inside a read transaction). */
    static String run(Query parsed, DatasetGraph dsg, Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExec exec = QueryExec.dataset(dsg).query(parsed).build()) {
            if (parsed.isSelectType()) {
                RowSet rows = exec.select();
                if (format == Format.text) {
                    ResultSetFormatter.out(bytes, org.apache.jena.query.ResultSet.adapt(rows), parsed.getPrologue());
                } else {
                    ResultsWriter.create().lang(lang(format)).write(bytes, rows);
                }
            } else if (parsed.isAskType()) {
                boolean answer = exec.ask();
                if (format == Format.text) {
                    return (answer ? "yes" : "no") + System.lineSeparator();
                }
                ResultsWriter.create().lang(lang(format)).write(bytes, answer);
            } else if (parsed.isConstructType()) {
                RDFDataMgr.write(bytes, exec.construct(), RDFFormat.TURTLE_PRETTY);
            } else {
                RDFDataMgr.write(bytes, exec.describe(), RDFFormat.TURTLE_PRETTY);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Lang lang(Format format) {
        return switch (format) {
            case csv -> ResultSetLang.RS_CSV;
            case tsv -> ResultSetLang.RS_TSV;
            case json -> ResultSetLang.RS_JSON;
            case xml -> ResultSetLang.RS_XML;
            case text -> ResultSetLang.RS_Text;
        };
    }
}
