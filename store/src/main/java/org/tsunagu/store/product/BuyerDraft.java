package org.tsunagu.store.product;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.fact.SalesChannel;

/**
 * What an editor or an API client sends to make a buyer profile, before it is checked: categories
 * and regions as lists of words, each trimmed, blanks and repeats dropped.
 */
public record BuyerDraft(String name, Optional<Long> entity, List<SalesChannel> channels, List<String> categories,
        List<String> regions, BuyerSource source) {

    public BuyerDraft {
        name = name == null ? "" : name.strip();
        channels = SalesChannel.sorted(channels);
        categories = cleaned(categories);
        regions = cleaned(regions);
    }

    /** Words separated by commas or line breaks: "dried fruit, tea" is two. */
    public static List<String> split(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("[,;\\n]"));
    }

    private static List<String> cleaned(List<String> values) {
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            String trimmed = value == null ? "" : value.strip().replaceAll("\\s+", " ");
            if (!trimmed.isEmpty()) {
                kept.add(trimmed);
            }
        }
        return List.copyOf(kept);
    }
}
