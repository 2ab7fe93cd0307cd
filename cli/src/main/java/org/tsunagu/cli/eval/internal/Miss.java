package org.tsunagu.cli.eval.internal;

/** A gold fact no prediction matched, or a prediction that matched no gold fact. */
public record Miss(Kind kind, String document, EvalFact fact) {

    public enum Kind {
        MISSED, SPURIOUS
    }
}
