// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.web;

import be.slimcat.vocab.SlimcatIris;

/**
 * Where a page links an IRI to: IRIs SlimCat mints ({@code {base}/...}) to the same path on this
 * server, so that every link works wherever SlimCat runs; any other IRI to itself.
 */
public final class LocalLinks {
    private final String base;

    public LocalLinks(SlimcatIris iris) {
        this.base = iris.base();
    }

    /** The link for the IRI. */
    public String href(String iri) {
        if (iri.startsWith(base + "/")) {
            return iri.substring(base.length());
        }
        return iri;
    }

    /** The IRI that a path of this server stands for: {@code {base}{path}}. */
    public String iri(String path) {
        return base + path;
    }
}
