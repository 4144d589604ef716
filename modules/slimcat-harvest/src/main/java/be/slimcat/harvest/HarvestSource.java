// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A portal SlimCat harvests.
 *
 * @param id             a short stable key, used in the source's graph name ({@code {base}/graph/source/{id}})
 * @param title          what operators call it
 * @param publisher      the IRI of the actor that runs the portal, or null
 * @param endpoint       the first URL to fetch
 * @param dialect        the portal dialect name ({@code dcat}, {@code ckan}, …)
 * @param pageSize       records asked per page where the dialect pages by size
 * @param incremental    whether to ask only for records changed since the last run, where the dialect can
 * @param credentialsEnv the name of an environment variable holding an API key, or null
 * @param allowedHosts   hosts that may resolve to internal addresses (normally empty)
 * @param maxShrink      the largest share of records a run may lose before it is refused (0.5 = half)
 */
public record HarvestSource(String id, String title, String publisher, URI endpoint, String dialect, int pageSize,
        boolean incremental, String credentialsEnv, Set<String> allowedHosts, double maxShrink) {

    /** The default share of records a run may lose. */
    public static final double DEFAULT_MAX_SHRINK = 0.5;

    public HarvestSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(dialect, "dialect");
        allowedHosts = Set.copyOf(allowedHosts);
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
    }

    /** An ad-hoc source for one URL, as {@code slimcat harvest --url} makes it. */
    public static HarvestSource adHoc(String id, URI endpoint, String dialect, Set<String> allowedHosts) {
        return new HarvestSource(id, endpoint.toString(), null, endpoint, dialect, 100, false, null, allowedHosts,
                DEFAULT_MAX_SHRINK);
    }

    /** The same source, asking for every record. */
    public HarvestSource nonIncremental() {
        return new HarvestSource(id, title, publisher, endpoint, dialect, pageSize, false, credentialsEnv, allowedHosts,
                maxShrink);
    }

    /** The API key from the environment, when the source names a variable that is set. */
    public Optional<String> credentials() {
        return credentialsEnv == null ? Optional.empty() : Optional.ofNullable(System.getenv(credentialsEnv));
    }
}
