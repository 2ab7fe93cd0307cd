package org.tsunagu.model.fact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.time.PartialDate;

/** A document signed or concluded between parties: an MOU, a cooperation or friendship agreement. */
public record Agreement(
        List<EntityRef> parties,
        AgreementKind kind,
        Optional<PartialDate> date,
        List<EntityRef> signatories,
        List<String> fields,
        Evidence evidence,
        double confidence) implements Fact {

    public Agreement {
        parties = List.copyOf(parties);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        signatories = List.copyOf(signatories);
        fields = List.copyOf(fields);
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
    }

    @Override
    public FactType type() {
        return FactType.AGREEMENT;
    }
}
