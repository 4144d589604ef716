// SPDX-License-Identifier: Apache-2.0
/**
 * Read replicas by RDF Patch: a primary store records the net changes of every committed write
 * transaction as one numbered patch in its patch log ({@link be.slimcat.store.patch.PatchLog}); a replica
 * applies the patches in order, each in one transaction ({@link be.slimcat.store.patch.ReplicaUpdater}).
 * Patches form a chain: each names the id of the one before it.
 *
 * @see <a href="https://jena.apache.org/documentation/rdf-patch/">RDF Patch</a>
 */
package be.slimcat.store.patch;
