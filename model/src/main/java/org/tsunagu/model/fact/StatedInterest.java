package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import org.tsunagu.model.entity.EntityRef;

/**
 * What a place or organisation says it wants to work in: the sectors ("tourism", "digital
 * technology") and the partner regions it names, as one sentence states them ("Gunma is interested
 * in tourism and manufacturing", "hopes to attract investment from Korea in logistics"). Not a
 * fact of the knowledge base: it states a wish, not a tie, and feeds the entity's interest profile.
 */
public record StatedInterest(EntityRef subject, List<String> sectors, List<EntityRef> regions, Evidence evidence) {

    public StatedInterest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
        sectors = List.copyOf(sectors);
        regions = List.copyOf(regions);
        if (sectors.isEmpty() && regions.isEmpty()) {
            throw new IllegalArgumentException("an interest names a sector or a region");
        }
    }
}
