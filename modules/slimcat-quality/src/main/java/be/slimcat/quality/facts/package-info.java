// SPDX-License-Identifier: Apache-2.0
/**
 * The facts the quality rules rely on, as bundled TSV tables written by SlimCat, each with a header naming
 * its sources: file types and media types (structured, open, RDF; MQA's machine-readable and
 * non-proprietary lists), licences (open; known to MQA) and the EU access-right codes.
 */
package be.slimcat.quality.facts;
