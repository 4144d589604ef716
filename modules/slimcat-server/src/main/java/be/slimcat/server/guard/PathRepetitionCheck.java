// SPDX-License-Identifier: Apache-2.0
package be.slimcat.server.guard;

import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_FixedLength;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Mod;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;

/**
 * Finds property paths the query timeout cannot stop. ARQ evaluates one step of a path from one node
 * eagerly, with no check of the timeout inside: a single repetition such as {@code (p|^p)*} costs at most one
 * walk of the graph per step, but a repetition inside another ({@code ((p|^p)* / q)*}), or two in a sequence
 * that ARQ does not split into separate patterns ({@code (p* / q*)|r}), multiplies walks and may run for hours
 * past the timeout. A top-level sequence {@code p* / q*} is fine: ARQ splits it into two patterns.
 */
public final class PathRepetitionCheck {
    private PathRepetitionCheck() {
    }

    /** The first path in the query (subqueries and EXISTS included) that nests repetitions, if any. */
    public static Optional<String> unstoppablePath(Query query) {
        StringBuilder found = new StringBuilder();
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpPath op) {
                Path path = op.getTriplePath().getPath();
                if (found.length() == 0 && splitDegree(path) >= 2) {
                    found.append(PathWriter.asString(path, query));
                }
            }
        };
        Walker.walk(Algebra.compile(query), visitor, new ExprVisitorBase());
        return found.length() == 0 ? Optional.empty() : Optional.of(found.toString());
    }

    /** The degree of a path whose top-level sequences ARQ turns into separate patterns. */
    static int splitDegree(Path path) {
        if (path instanceof P_Seq seq) {
            return Math.max(splitDegree(seq.getLeft()), splitDegree(seq.getRight()));
        }
        if (path instanceof P_Inverse inverse && inverse.getSubPath() instanceof P_Seq) {
            return splitDegree(inverse.getSubPath());
        }
        return degree(path);
    }

    /** How many unbounded repetitions are nested or chained in one eagerly evaluated step: 0 none, 1 one. */
    static int degree(Path path) {
        if (path instanceof P_Path0) {
            return 0;
        }
        if (path instanceof P_Alt alt) {
            return Math.max(degree(alt.getLeft()), degree(alt.getRight()));
        }
        if (path instanceof P_Seq seq) {
            return degree(seq.getLeft()) + degree(seq.getRight());
        }
        if (path instanceof P_ZeroOrMore1 || path instanceof P_ZeroOrMoreN || path instanceof P_OneOrMore1
                || path instanceof P_OneOrMoreN) {
            return 1 + degree(((P_Path1) path).getSubPath());
        }
        if (path instanceof P_Mod mod) {
            int inner = degree(mod.getSubPath());
            boolean unbounded = mod.getMax() < 0;
            return unbounded ? 1 + inner : inner == 0 || mod.getMax() <= 1 ? inner : inner + 1;
        }
        if (path instanceof P_FixedLength fixed) {
            int inner = degree(fixed.getSubPath());
            return inner == 0 || fixed.getCount() <= 1 ? inner : inner + 1;
        }
        if (path instanceof P_Path1 wrapper) {
            return degree(wrapper.getSubPath());
        }
        return 0;
    }
}
