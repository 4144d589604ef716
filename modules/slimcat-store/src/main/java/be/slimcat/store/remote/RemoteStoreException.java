// SPDX-License-Identifier: Apache-2.0
package be.slimcat.store.remote;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

import be.slimcat.vocab.SlimcatException;

/** The remote SPARQL service holding the store cannot be reached, or refused a request. */
public final class RemoteStoreException extends SlimcatException {
    private static final int REASON_LENGTH = 300;

    public RemoteStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure of a request, with the service's own reason (the start of its answer) when it gave one. */
    static RemoteStoreException of(String what, RemoteService service, RuntimeException e) {
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        String answer = e instanceof HttpException h ? h.getResponse()
                : e instanceof QueryExceptionHTTP q ? q.getResponse() : null;
        String reason = answer == null || answer.isBlank() ? "" : ": " + shortened(answer.strip());
        String outcome = status > 0 ? " answered " + status + reason : " cannot be reached: " + e.getMessage();
        return new RemoteStoreException("Cannot " + what + ": the remote store at " + service + outcome
                + " (check that the service runs, the URL, the credentials and that it supports the request)", e);
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > REASON_LENGTH ? line.substring(0, REASON_LENGTH) + "…" : line;
    }
}
