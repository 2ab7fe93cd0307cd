package org.tsunagu.model.fact;

import org.tsunagu.model.Coded;

/** What a money figure measures: cumulative stock, one project, a promise, or trade. */
public enum InvestmentKind implements Coded {
    FDI_TOTAL,
    PROJECT,
    PLEDGE,
    TRADE
}
