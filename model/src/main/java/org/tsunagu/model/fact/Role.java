package org.tsunagu.model.fact;

import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;

/** A person holding a title, and the organisation or place the title belongs to when stated. */
public record Role(
        EntityRef person,
        String title,
        Optional<EntityRef> org,
        Evidence evidence,
        double confidence) implements Fact {

    public Role {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
    }

    @Override
    public FactType type() {
        return FactType.ROLE;
    }
}
