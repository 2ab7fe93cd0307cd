package org.tsunagu.store.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What two entities have around them in common: documents that name both, entities that share a
 * fact with each, the place both lie in or the country. Two places in different places are
 * likely two namesakes ("Fuchu" in two prefectures).
 */
public record SharedContext(int documents, int neighbours, Optional<String> sameParent, Optional<String> sameCountry,
        boolean differentParents) {

    private static final int DOCUMENTS_COUNTED = 3;
    private static final int NEIGHBOURS_COUNTED = 5;

    /** How much the context adds to the names' likeness: each kind of evidence counts, up to a point. */
    double weight() {
        double weight = 0.08 * Math.min(documents, DOCUMENTS_COUNTED) + 0.04 * Math.min(neighbours, NEIGHBOURS_COUNTED);
        if (sameParent.isPresent()) {
            weight += 0.1;
        } else if (sameCountry.isPresent()) {
            weight += 0.05;
        }
        return differentParents ? weight - 0.15 : weight;
    }

    /** The context in words, strongest first. */
    List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (documents > 0) {
            reasons.add(documents == 1 ? "named together in 1 document" : "named together in " + documents + " documents");
        }
        if (neighbours > 0) {
            reasons.add(neighbours == 1 ? "1 shared neighbour in the graph" : neighbours + " shared neighbours in the graph");
        }
        sameParent.ifPresent(place -> reasons.add("both within " + place));
        if (sameParent.isEmpty()) {
            sameCountry.ifPresent(country -> reasons.add("both in " + country));
        }
        if (differentParents) {
            reasons.add("within different places");
        }
        return reasons;
    }
}
