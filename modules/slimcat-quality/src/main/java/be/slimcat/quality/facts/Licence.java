// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

/**
 * What SlimCat knows about one licence ({@code facts/licences.tsv}).
 *
 * @param iri      the licence IRI as the table lists it
 * @param label    a short name, e.g. "CC BY 4.0"
 * @param open     open in the sense of the Open Definition
 * @param mqaKnown counted by data.europa.eu's MQA as a licence from a controlled vocabulary
 */
public record Licence(String iri, String label, boolean open, boolean mqaKnown) {}
