package org.tsunagu.store.knowledge;

import java.util.List;
import java.util.Optional;
import org.tsunagu.store.resolution.EntityLink;

/**
 * A knowledge fact with the date it happened as its best report (or a person's edit) gives it
 * ("2013-10-31", "2016-05", "1997"; empty when none does), the canonical entities it names, and
 * the document of its first source with the statement read there, for links to them.
 */
public record DatedFact(KnowledgeFact fact, Optional<String> date, List<EntityLink> entities, long document,
        long statement) {

    public DatedFact {
        entities = List.copyOf(entities);
    }
}
