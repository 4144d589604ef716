// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality.dqv;

import java.time.Instant;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * One stored measurement as read back from the quality graph.
 *
 * @param metric    the scq: metric
 * @param value     the measured value (a typed literal)
 * @param generated when the run measured it
 * @param run       the run
 * @param comment   the star reasons in the asked language, for star measurements
 */
public record Figure(Node metric, Node value, Instant generated, Node run, Optional<String> comment) {}
