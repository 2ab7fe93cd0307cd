package org.tsunagu.store.feed;

import java.util.List;
import java.util.Optional;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.resolution.Level;

/**
 * A canonical entity as projections need it: names, the ids of the places above it, and the id of
 * the reference place it is, if any ({@code VN-DN}, a GeoNames id).
 */
public record FeedEntity(long id, EntityType type, String name, List<String> aliases, Optional<Level> level,
        Optional<Long> parent, Optional<Long> governs, Optional<String> referenceId) {

    public FeedEntity {
        aliases = List.copyOf(aliases);
    }
}
