// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.stars;

/** What a star decision rests on. */
public enum StarBasis {
    /** The record's metadata (licence, URLs, format, media type). */
    METADATA,
    /** The link-check results the caller gave. */
    LINK_CHECK,
    /** The distribution's own data, read as RDF. */
    DATA,
    /** The format alone: the data was not available, so it was not inspected. */
    FORMAT_ONLY
}
