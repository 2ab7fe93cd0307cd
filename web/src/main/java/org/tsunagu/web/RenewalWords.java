package org.tsunagu.web;

import org.tsunagu.model.fact.AgreementKind;
import org.tsunagu.store.knowledge.FactLink;

/** How pages and spreadsheets word a renewal link: "renews the 2014 MOU", "renewed in 2025". */
public final class RenewalWords {

    private RenewalWords() {
    }

    public static String of(FactLink link) {
        String year = link.otherYear().map(String::valueOf).orElse("");
        return switch (link.relation()) {
            case RENEWS -> year.isEmpty() ? "renews an earlier " + kind(link.otherKind())
                    : "renews the " + year + " " + kind(link.otherKind());
            case RENEWED_BY -> year.isEmpty() ? "renewed later" : "renewed in " + year;
        };
    }

    private static String kind(AgreementKind kind) {
        return kind == AgreementKind.MOU ? "MOU" : kind.code().replace('_', ' ');
    }
}
