// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL Update without {@code LOAD}: {@code LOAD <iri>} would make the server read a file or an internal
 * address of the administrator's choosing, so a request with a {@code LOAD} is refused (400) before anything
 * runs. Data goes in with the Graph Store Protocol ({@code /store}) or {@code slimcat load}.
 */
final class NoLoadUpdateService extends SPARQL_Update {
    private static final String PARSE_BASE = "http://localhost/";

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        if (hasLoad(new String(body, StandardCharsets.UTF_8))) {
            ServletOps.errorBadRequest("LOAD is not available on this server (it would read files or other servers);"
                    + " send the data with the Graph Store Protocol to /store or use slimcat load.");
        }
        super.execute(action, new ByteArrayInputStream(body));
    }

    private static boolean hasLoad(String text) {
        try {
            UpdateRequest request = UpdateFactory.create(text, PARSE_BASE, Syntax.syntaxARQ);
            return request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance);
        } catch (QueryException e) {
            return false;
        }
    }
}
