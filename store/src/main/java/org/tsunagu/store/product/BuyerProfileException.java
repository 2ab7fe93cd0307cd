package org.tsunagu.store.product;

import java.util.List;

/** A buyer profile that cannot be saved, with every reason in words for the form or the API. */
public final class BuyerProfileException extends RuntimeException {

    private final List<String> problems;

    BuyerProfileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
