// SPDX-License-Identifier: Apache-2.0
/**
 * Read replicas over HTTP: a primary with a patch log serves it read-only at {@code /patches}
 * ({@link be.slimcat.server.replication.PatchLogServlet}); a replica polls it and applies the patches it
 * lacks ({@link be.slimcat.server.replication.Replicator}).
 */
package be.slimcat.server.replication;
