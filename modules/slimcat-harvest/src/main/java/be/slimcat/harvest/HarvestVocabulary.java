// SPDX-License-Identifier: Apache-2.0
package be.slimcat.harvest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import be.slimcat.vocab.SC;

/** The SlimCat terms for harvest runs and catalogue records ({@code ontologies/slimcat.ttl}). */
final class HarvestVocabulary {
    static final Node HarvestRun = term("HarvestRun");
    static final Node HarvestSource = term("HarvestSource");
    static final Node contentHash = term("contentHash");
    static final Node retrievedFrom = term("retrievedFrom");
    static final Node harvestStatus = term("harvestStatus");
    static final Node statusMessage = term("statusMessage");
    static final Node dialect = term("dialect");
    static final Node changedSince = term("changedSince");
    static final Node recordsHarvested = term("recordsHarvested");
    static final Node recordsAdded = term("recordsAdded");
    static final Node recordsChanged = term("recordsChanged");
    static final Node recordsUnchanged = term("recordsUnchanged");
    static final Node recordsRemoved = term("recordsRemoved");
    static final Node recordsRejected = term("recordsRejected");
    static final Node pagesRead = term("pagesRead");
    static final Node pagesLost = term("pagesLost");
    static final Node problem = term("problem");
    static final Node HarvestProblem = term("HarvestProblem");
    static final Node recordId = term("recordId");
    static final Node page = term("page");
    static final Node reason = term("reason");
    static final Node excerpt = term("excerpt");
    static final Node rejected = term("rejected");

    private HarvestVocabulary() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(SC.NS + localName);
    }
}
