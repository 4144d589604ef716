// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.cache;

import java.util.List;
import java.util.Map;

/**
 * A successful answer to a query as it was sent: its headers (besides the ones every response gets anew)
 * and its body.
 */
record CachedAnswer(List<Map.Entry<String, String>> headers, byte[] body) {
    CachedAnswer {
        headers = List.copyOf(headers);
    }

    /** What the answer takes in memory, roughly: the body plus the headers. */
    long size() {
        long size = body.length;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length();
        }
        return size;
    }
}
