// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.facts;

/**
 * What SlimCat knows about one file type of the EU file-type table ({@code facts/file-types.tsv}).
 *
 * @param code                the code, e.g. {@code CSV}
 * @param structured          machine-readable structured data (the second star)
 * @param open                a non-proprietary open format (the third star, together with structured)
 * @param rdf                 an RDF serialisation (the fourth star)
 * @param mqaMachineReadable  on the list data.europa.eu's MQA uses for "machine-readable"
 * @param mqaNonProprietary   on the list data.europa.eu's MQA uses for "non-proprietary"
 */
public record FileType(String code, boolean structured, boolean open, boolean rdf, boolean mqaMachineReadable,
        boolean mqaNonProprietary) {

    /** A code of the table with no facts row: every flag false. */
    static FileType plain(String code) {
        return new FileType(code, false, false, false, false, false);
    }
}
