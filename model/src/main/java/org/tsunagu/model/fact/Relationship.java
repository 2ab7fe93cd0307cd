package org.tsunagu.model.fact;

import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.time.PartialDate;

/** A lasting tie between two places or organisations, with the date it began when known. */
public record Relationship(
        EntityRef a,
        EntityRef b,
        RelationshipKind kind,
        Optional<PartialDate> since,
        RelationshipStatus status,
        Evidence evidence,
        double confidence) implements Fact {

    public Relationship {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
    }

    @Override
    public FactType type() {
        return FactType.RELATIONSHIP;
    }
}
