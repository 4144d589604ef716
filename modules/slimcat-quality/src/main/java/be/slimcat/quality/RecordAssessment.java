// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.Optional;

import org.apache.jena.graph.Node;

import be.slimcat.quality.mqa.DatasetFacts;
import be.slimcat.quality.mqa.MqaScore;
import be.slimcat.quality.stars.DatasetStars;

/**
 * The quality of one record: its stars, its MQA score and the indicator facts behind the score.
 *
 * @param dataset   the dataset
 * @param sourceId  the harvest source, if known
 * @param publisher the publisher for grouping: its IRI, or the name of a blank-node publisher
 * @param stars     the five-star rating of the dataset and its distributions
 * @param facts     the MQA indicator outcomes, for fix suggestions
 * @param score     the MQA score
 */
public record RecordAssessment(Node dataset, Optional<String> sourceId, Optional<String> publisher,
        DatasetStars stars, DatasetFacts facts, MqaScore score) {}
