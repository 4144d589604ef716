// SPDX-License-Identifier: Apache-2.0
/**
 * SlimCat's vocabulary and IRI policy: the {@link be.slimcat.vocab.SC} terms, the
 * {@link be.slimcat.vocab.SlimcatIris} pattern {@code {base}/id/{type}/{key}} of the Flemish URI
 * standard, reading RDF with positioned errors ({@link be.slimcat.vocab.RdfReader}), and the files
 * bundled from the repository's {@code ontologies/}, {@code shapes/} and {@code data-samples/}.
 *
 * @see <a href="https://www.w3.org/TR/vocab-dcat-3/">DCAT 3</a>
 */
package be.slimcat.vocab;
