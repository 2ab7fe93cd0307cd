package org.tsunagu.store.resolution;

import java.util.List;
import java.util.Optional;

/**
 * An entity with its neighbours in the place hierarchy: the places it lies within, widest first
 * (country, region); the place it governs and the bodies that govern it; the places within it.
 * For a government, {@code within} is the place it governs and that place's own ancestors.
 */
public record EntityProfile(Entity entity, List<EntityLink> within, Optional<EntityLink> governs,
        List<EntityLink> governedBy, List<EntityLink> places) {

    public EntityProfile {
        within = List.copyOf(within);
        governedBy = List.copyOf(governedBy);
        places = List.copyOf(places);
    }
}
