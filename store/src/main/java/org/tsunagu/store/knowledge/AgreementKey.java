package org.tsunagu.store.knowledge;

import java.util.Map;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Agreement;
import org.tsunagu.model.fact.AgreementKind;

/**
 * Which real agreement a statement reports: its parties (canonical entity ids), its kind and the
 * year it was signed. The year, not the day, so that two reports of one signing that disagree on
 * the day or month stay one agreement with a conflict, while an MOU renewed years later is
 * another agreement. Parties come first so that every agreement between the same parties is one
 * range of the identity-key index ({@link #partiesPrefix}). An undated report has no year and is
 * "undated"; {@link UndatedAgreements} gives it its document's year where it can.
 */
record AgreementKey(String parties, AgreementKind kind, Optional<Integer> year) {

    private static final String TYPE = "agreement";
    private static final String UNDATED = "undated";
    private static final String SEPARATOR = "|";

    static AgreementKey of(Agreement agreement, Map<EntityRef, Long> ids) {
        return new AgreementKey(FactIdentity.sorted(agreement.parties(), ids), agreement.kind(),
                agreement.date().map(date -> date.year()));
    }

    /** Reads an agreement's identity key; empty for another type's key. */
    static Optional<AgreementKey> parse(String identityKey) {
        String[] parts = identityKey.split("\\" + SEPARATOR, -1);
        if (parts.length != 4 || !parts[0].equals(TYPE)) {
            return Optional.empty();
        }
        Optional<Integer> year = parts[3].equals(UNDATED) ? Optional.empty() : Optional.of(Integer.parseInt(parts[3]));
        return Coded.fromCode(AgreementKind.class, parts[2]).map(kind -> new AgreementKey(parts[1], kind, year));
    }

    /** The start every identity key of an agreement between these parties shares. */
    static String partiesPrefix(String parties) {
        return TYPE + SEPARATOR + parties + SEPARATOR;
    }

    /** Same parties and kind, whatever the year: what an undated report may share with a dated one. */
    String terms() {
        return parties + SEPARATOR + kind.code();
    }

    String identityKey() {
        return partiesPrefix(parties) + kind.code() + SEPARATOR + year.map(String::valueOf).orElse(UNDATED);
    }
}
