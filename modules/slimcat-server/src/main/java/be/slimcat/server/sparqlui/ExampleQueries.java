// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.sparqlui;

import java.util.List;

/** Where the SPARQL UI takes its examples from. */
@FunctionalInterface
public interface ExampleQueries {
    /** The examples, in the order they are offered. */
    List<ExampleQuery> all();
}
