// SPDX-License-Identifier: Apache-2.0
/**
 * The record normaliser: every harvested record passes through {@link be.slimcat.harvest.normalise.RecordNormaliser},
 * which repairs values to the EU authority tables (file types, licences, languages, frequencies, data
 * themes, access rights), IANA media types, typed dates, IRIs and language tags where the reading is
 * certain, and keeps and flags what it cannot map. The tables are small TSV files bundled under
 * {@code be/slimcat/harvest/normalise/}, written from the facts of the official tables.
 */
package be.slimcat.harvest.normalise;
