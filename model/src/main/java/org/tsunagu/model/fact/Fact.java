package org.tsunagu.model.fact;

/**
 * One statement read from an article, with the evidence that supports it and the extractor's
 * confidence in [0, 1]. The six kinds are closed: the interchange format, the store and the web
 * application each handle every kind, and the compiler checks that they do.
 */
public sealed interface Fact permits Agreement, Relationship, Role, Event, Investment, Product {

    FactType type();

    Evidence evidence();

    double confidence();

    static double checkConfidence(double confidence) {
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        return confidence;
    }
}
