// SPDX-License-Identifier: Apache-2.0
package be.slimcat.quality;

import java.util.Collection;

import org.apache.jena.graph.Node;

import be.slimcat.quality.mqa.MqaBand;

/**
 * The quality of a group of records in one run: a harvest source, a loaded graph, a publisher or the
 * whole catalogue.
 *
 * @param subject      what the figures are about (the source, graph, publisher or catalogue IRI)
 * @param datasets     the number of datasets scored
 * @param meanMqaScore the mean MQA score of those datasets (0 when there are none)
 * @param meanStars    the mean star rating of those datasets (0 when there are none)
 * @param violations   the number of SHACL violations in its records
 * @param warnings     the number of SHACL warnings in its records
 * @param infos        the number of SHACL infos in its records
 */
public record GroupFigures(Node subject, int datasets, double meanMqaScore, double meanStars, long violations,
        long warnings, long infos) {

    /** The band of the mean score. */
    public MqaBand band() {
        return MqaBand.of(meanMqaScore);
    }

    /** The figures of several groups together, about {@code subject}: means weighted by their datasets. */
    public static GroupFigures combine(Node subject, Collection<GroupFigures> groups) {
        int datasets = groups.stream().mapToInt(GroupFigures::datasets).sum();
        double score = groups.stream().mapToDouble(g -> g.meanMqaScore() * g.datasets()).sum();
        double stars = groups.stream().mapToDouble(g -> g.meanStars() * g.datasets()).sum();
        return new GroupFigures(subject, datasets, datasets == 0 ? 0 : score / datasets, datasets == 0 ? 0 : stars / datasets,
                groups.stream().mapToLong(GroupFigures::violations).sum(), groups.stream().mapToLong(GroupFigures::warnings).sum(),
                groups.stream().mapToLong(GroupFigures::infos).sum());
    }
}
