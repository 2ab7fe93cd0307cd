package org.tsunagu.web.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tsunagu.store.Database;
import org.tsunagu.store.graph.Graph;
import org.tsunagu.store.graph.GraphNode;
import org.tsunagu.store.partner.ProposedTie;

/**
 * Puts an entity's proposed partners into the network around it, a step away: no fact ties them,
 * so the facts' network would leave them out, and the proposed tie would have no end to draw.
 */
public final class ProposedPartners {

    private ProposedPartners() {
    }

    public static Graph joined(Database database, Graph graph, long centre) {
        Set<Long> present = graph.nodes().stream().map(GraphNode::id).collect(Collectors.toSet());
        List<GraphNode> nodes = new ArrayList<>(graph.nodes());
        for (ProposedTie tie : database.proposedTies(centre)) {
            if (present.add(tie.partner())) {
                database.entity(tie.partner()).ifPresent(e -> nodes.add(new GraphNode(e.id(), e.name(), e.type(),
                        e.level(), 1)));
            }
        }
        return nodes.size() == graph.nodes().size() ? graph : new Graph(nodes, graph.edges(), graph.truncated());
    }
}
