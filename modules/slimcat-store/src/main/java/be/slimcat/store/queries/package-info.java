// SPDX-License-Identifier: Apache-2.0
/**
 * The query library: the named, parameterised SPARQL queries of {@code data-samples/queries/}
 * ({@link be.slimcat.store.queries.QueryLibrary}), each with a machine-readable header (titles,
 * descriptions, the seeds-digest §5 questions it answers, its parameters), bound by substitution
 * ({@link be.slimcat.store.queries.BoundQuery}) and run on the store.
 */
package be.slimcat.store.queries;
