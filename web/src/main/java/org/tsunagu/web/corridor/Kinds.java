package org.tsunagu.web.corridor;

import org.tsunagu.model.fact.InvestmentKind;

/** How the corridor page names each kind of figure; the kinds measure different things and are never added up. */
final class Kinds {

    private Kinds() {
    }

    static String heading(InvestmentKind kind) {
        return switch (kind) {
            case FDI_TOTAL -> "Investment stock (cumulative FDI)";
            case PROJECT -> "Projects";
            case PLEDGE -> "Pledges";
            case TRADE -> "Trade";
        };
    }
}
