package org.tsunagu.store.partner;

import java.util.List;
import org.tsunagu.model.entity.EntityType;

/** A place or organisation an entity has no tie with yet, scored by the reasons to meet, each in words. */
public record PartnerSuggestion(long entity, String name, EntityType type, double score, List<String> reasons) {

    public PartnerSuggestion {
        reasons = List.copyOf(reasons);
    }

    /** The reasons as one line: "both interested in tourism; Kobe is a sister city of your partner Seattle". */
    public String explanation() {
        return String.join("; ", reasons);
    }
}
