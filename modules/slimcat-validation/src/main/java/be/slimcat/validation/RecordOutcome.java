// SPDX-License-Identifier: Apache-2.0
package be.slimcat.validation;

import org.apache.jena.graph.Node;

/**
 * The validation outcome of one record.
 *
 * @param record  the resource the record is about
 * @param outcome its findings and SHACL report graph
 */
public record RecordOutcome(Node record, ValidationOutcome outcome) {}
