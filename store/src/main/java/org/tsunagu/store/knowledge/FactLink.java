package org.tsunagu.store.knowledge;

import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.AgreementKind;

/**
 * How a knowledge fact stands to another one: this agreement renews the {@code other} (signed in
 * {@code otherYear}), or is renewed by it. A renewal, extension or upgrade links to the agreement
 * between the same parties it renews.
 */
public record FactLink(Relation relation, long other, AgreementKind otherKind, Optional<Integer> otherYear) {

    /** How pages, spreadsheets and the JSON word the link: "renews the 2014 MOU", "renewed in 2025". */
    public String text() {
        String year = otherYear.map(String::valueOf).orElse("");
        return switch (relation) {
            case RENEWS -> year.isEmpty() ? "renews an earlier " + kindWord() : "renews the " + year + " " + kindWord();
            case RENEWED_BY -> year.isEmpty() ? "renewed later" : "renewed in " + year;
        };
    }

    private String kindWord() {
        return otherKind == AgreementKind.MOU ? "MOU" : otherKind.code().replace('_', ' ');
    }

    public enum Relation implements Coded {
        /** This agreement renews, extends or upgrades the other, earlier one. */
        RENEWS,
        /** The other, later agreement renews this one. */
        RENEWED_BY
    }
}
