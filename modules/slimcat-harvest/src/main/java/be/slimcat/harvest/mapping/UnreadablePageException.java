// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest.mapping;

/** A page of a portal's API that cannot be read at all (not JSON, or not the expected envelope). */
public final class UnreadablePageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadablePageException(String reason) {
        super(reason);
    }
}
