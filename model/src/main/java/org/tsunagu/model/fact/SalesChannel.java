package org.tsunagu.model.fact;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import org.tsunagu.model.Coded;

/** A way goods reach their buyers, which a product line seeks and a buyer buys through. */
public enum SalesChannel implements Coded {
    RETAIL("retail"),
    WHOLESALE("wholesale"),
    E_COMMERCE("e-commerce"),
    FOOD_SERVICE("restaurants and food service"),
    IMPORT("import");

    private final String label;

    SalesChannel(String label) {
        this.label = label;
    }

    /** The channel in the users' words. */
    public String label() {
        return label;
    }

    /** The channels without repeats, in this enumeration's order, so that equal sets compare and print alike. */
    public static List<SalesChannel> sorted(Collection<SalesChannel> channels) {
        return channels.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(channels));
    }
}
