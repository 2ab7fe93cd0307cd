package org.tsunagu.store.product;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tsunagu.store.text.Folding;

/**
 * When a product line's category is what a buyer wants: compared folded and singular ("Dried
 * Fruits" is "dried fruit"), a buyer's category covers a product's that ends in its words ("tea"
 * covers "oolong tea") and a broad category covers the goods of its group ("fruit" covers "dried
 * lychee", "dried fruit" covers "dried lychee" but not "fresh lychee"; the groups are in
 * category-groups.txt).
 */
final class Categories {

    private static final Map<String, Set<String>> GROUPS = groups();

    private Categories() {
    }

    /** How the buyer's category covers the product's, in words ("dried lychee (fruit)"), or empty when it does not. */
    static Optional<String> covered(String productCategory, String buyerCategory) {
        List<String> product = normal(productCategory);
        List<String> buyer = normal(buyerCategory);
        if (product.isEmpty() || buyer.isEmpty()) {
            return Optional.empty();
        }
        if (endsWith(product, buyer)) {
            return Optional.of(productCategory);
        }
        // "dried fruit" covers "dried longan": the group is the buyer's last word, its other words qualify the product's
        Set<String> goods = GROUPS.getOrDefault(buyer.get(buyer.size() - 1), Set.of());
        List<String> qualifiers = buyer.subList(0, buyer.size() - 1);
        for (int start = 0; start < product.size(); start++) {
            if (goods.contains(String.join(" ", product.subList(start, product.size())))
                    && product.subList(0, start).containsAll(qualifiers)) {
                return Optional.of(productCategory + " (" + buyerCategory + ")");
            }
        }
        return Optional.empty();
    }

    /** The words folded, without punctuation, each made singular. */
    static List<String> normal(String category) {
        return Arrays.stream(Folding.fold(category).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "))
                .filter(w -> !w.isEmpty()).map(Categories::singular).toList();
    }

    /** English plurals of goods: "berries", "mangoes", "peaches", "teas"; "glass" and "citrus" stay. */
    static String singular(String word) {
        if (word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean endsWith(List<String> words, List<String> tail) {
        return tail.size() <= words.size() && words.subList(words.size() - tail.size(), words.size()).equals(tail);
    }

    private static Map<String, Set<String>> groups() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = Categories.class.getResourceAsStream("category-groups.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] parts = line.split(":", 2);
                Set<String> goods = names(parts[1]);
                names(parts[0]).forEach(name -> groups.put(name, goods));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(groups);
    }

    private static Set<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
