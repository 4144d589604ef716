// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes a response on to the client as it is written and keeps a copy of it, up to a size: the answer is
 * worth keeping only when it was complete, successful and small enough. The status counts as the last one
 * asked for, even when the response was already sent: the SPARQL endpoint sets an error status after a
 * query stopped half way (a timeout while the results were streaming).
 */
final class AnswerRecorder extends HttpServletResponseWrapper {
    /** Headers every response gets anew, never kept with an answer. */
    private static final Set<String> FRESH_HEADERS = Set.of("date", "content-length", "fuseki-request-id", "etag",
            "cache-status", "set-cookie");

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final long largest;
    private int status = SC_OK;
    private boolean overflowed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    AnswerRecorder(HttpServletResponse response, long largest) {
        super(response);
        this.largest = largest;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new CopyingStream(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    /**
     * The answer as sent, when it was successful and small enough to keep; the headers are those of the
     * response that were not there before the query ran ({@code headersBefore}, in lower case), less those every response
     * gets anew.
     */
    CachedAnswer answer(Set<String> headersBefore) {
        if (writer != null) {
            writer.flush();
        }
        if (status != SC_OK || overflowed) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        for (String name : response.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!headersBefore.contains(lower) && !FRESH_HEADERS.contains(lower)) {
                response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        return new CachedAnswer(headers, copy.toByteArray());
    }

    /** The client's stream, copied into {@link #copy} until the copy would outgrow {@link #largest}. */
    private final class CopyingStream extends ServletOutputStream {
        private final ServletOutputStream out;

        CopyingStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (room(1)) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        private void keep(byte[] b, int off, int len) {
            if (room(len)) {
                copy.write(b, off, len);
            }
        }

        /** Whether the copy can take {@code len} more bytes; once it cannot, it is dropped for good. */
        private boolean room(int len) {
            if (!overflowed && copy.size() + (long) len > largest) {
                overflowed = true;
                copy.reset();
            }
            return !overflowed;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
