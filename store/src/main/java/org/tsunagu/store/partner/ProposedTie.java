package org.tsunagu.store.partner;

import org.tsunagu.model.entity.EntityType;

/** A tie an editor proposed between an entity and a partner: entered by a person, read from no article. */
public record ProposedTie(long id, long partner, String partnerName, EntityType partnerType, String reasons,
        String proposedAt, String proposedBy) {
}
