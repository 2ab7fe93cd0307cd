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
        double confidence,
        Optional<AgreementTerm> term,
        List<Commitment> commitments) implements Fact {

    /** An agreement whose text gives no term and no commitments. */
    public Agreement(List<EntityRef> parties, AgreementKind kind, Optional<PartialDate> date, List<EntityRef> signatories,
            List<String> fields, Evidence evidence, double confidence) {
        this(parties, kind, date, signatories, fields, evidence, confidence, Optional.empty(), List.of());
    }

    public Agreement {
        parties = List.copyOf(parties);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        signatories = List.copyOf(signatories);
        fields = List.copyOf(fields);
        Objects.requireNonNull(evidence, "evidence");
        Fact.checkConfidence(confidence);
        Objects.requireNonNull(term, "term");
        commitments = List.copyOf(commitments);
    }

    /** The same agreement with the term and commitments its text gives. */
    public Agreement withTerms(Optional<AgreementTerm> term, List<Commitment> commitments) {
        return new Agreement(parties, kind, date, signatories, fields, evidence, confidence, term, commitments);
    }

    @Override
    public FactType type() {
        return FactType.AGREEMENT;
    }
}
