package org.tsunagu.store.product;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.text.Folding;

/**
 * Scores a product line for a buyer: each channel both name counts {@value #CHANNEL}, each of the
 * product's categories that one of the buyer's covers {@value #CATEGORY} ({@link Categories}), an
 * origin inside one of the buyer's regions {@value #REGION}, and an origin inside a place the user
 * follows {@value #FOLLOWED}. Without a shared channel or category there is no match: a region or
 * a followed place alone says nothing of whether the buyer wants the goods.
 */
final class MatchScoring {

    static final int CHANNEL = 3;
    static final int CATEGORY = 3;
    static final int REGION = 2;
    static final int FOLLOWED = 1;

    private MatchScoring() {
    }

    /**
     * @param lineage the places the product's origin lies in, itself first ({@link PlaceLineage})
     * @param followed the ids of the entities the user follows
     */
    static Optional<Match> score(ProductLine product, BuyerProfile buyer, List<PlaceLineage.Place> lineage,
            Set<Long> followed) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        List<String> channels = product.channels().stream().filter(buyer.channels()::contains)
                .map(SalesChannel::label).toList();
        if (!channels.isEmpty()) {
            reasons.add("channel: " + String.join(", ", channels));
            score += CHANNEL * channels.size();
        }
        List<String> categories = new ArrayList<>();
        for (String category : product.categories()) {
            // each of the product's categories counts once, by the buyer's nearest word for it
            List<String> covers = buyer.categories().stream().map(wanted -> Categories.covered(category, wanted))
                    .flatMap(Optional::stream).toList();
            covers.stream().filter(category::equals).findFirst().or(() -> covers.stream().findFirst())
                    .ifPresent(categories::add);
        }
        if (!categories.isEmpty()) {
            reasons.add("category: " + String.join(", ", categories));
            score += CATEGORY * categories.size();
        }
        if (score == 0) {
            return Optional.empty();
        }
        Set<String> regions = new LinkedHashSet<>(buyer.regions().stream().map(Folding::fold).toList());
        Optional<String> region = origin(lineage, place -> place.folded().stream().anyMatch(regions::contains));
        if (region.isPresent()) {
            reasons.add(region.get() + ", where the buyer buys");
            score += REGION;
        }
        Optional<String> follow = origin(lineage, place -> followed.contains(place.id()));
        if (follow.isPresent()) {
            reasons.add(follow.get() + ", which you follow");
            score += FOLLOWED;
        }
        return Optional.of(new Match(product, buyer, score, reasons));
    }

    /** "origin: Luc Ngan, in Bac Giang" for the nearest place of the lineage that passes, or empty. */
    private static Optional<String> origin(List<PlaceLineage.Place> lineage, Predicate<PlaceLineage.Place> test) {
        for (int i = 0; i < lineage.size(); i++) {
            if (test.test(lineage.get(i))) {
                String origin = "origin: " + lineage.get(0).name();
                return Optional.of(i == 0 ? origin : origin + ", in " + lineage.get(i).name());
            }
        }
        return Optional.empty();
    }
}
