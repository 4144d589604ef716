// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses URLs a harvester must not fetch: schemes other than http and https, and hosts that
 * resolve to loopback, link-local (cloud metadata), private, unique-local, multicast or wildcard
 * addresses, unless the source names the host as allowed.
 * <p>
 * The check resolves the name before the request; the HTTP client resolves it again when it
 * connects, so a name whose DNS answer changes in between (DNS rebinding) is not caught here.
 */
final class AddressGuard {
    private final Set<String> allowedHosts;

    AddressGuard(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    /** Throws {@link FetchException} with reason REFUSED (or UNREACHABLE for an unknown host) when the URL may not be fetched. */
    void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Reason.REFUSED, uri, 0,
                    "only http and https URLs are fetched, not '" + scheme + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Reason.REFUSED, uri, 0, "the URL has no host");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Reason.UNREACHABLE, uri, 0, "unknown host " + bare, e);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new FetchException(FetchException.Reason.REFUSED, uri, 0, "host " + bare + " resolves to the internal address "
                        + address.getHostAddress() + " (allow the host in the source's allowed hosts if this is intended)");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this network"
                || first == 100 && second >= 64 && second < 128 // 100.64.0.0/10 carrier-grade NAT
                || first == 192 && second == 0 && (b[2] & 0xff) == 0 // 192.0.0.0/24 IETF protocol assignments
                || first == 198 && (second == 18 || second == 19) // 198.18.0.0/15 benchmarking
                || first >= 240; // reserved and broadcast
    }
}
