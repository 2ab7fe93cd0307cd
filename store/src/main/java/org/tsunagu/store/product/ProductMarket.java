package org.tsunagu.store.product;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.tsunagu.store.knowledge.Participant;
import org.tsunagu.store.text.Folding;

/**
 * Product lines and buyers, and the matches between them ranked both ways: the buyers for a
 * product line and the product lines for a buyer ({@link MatchScoring} says how they score).
 */
public final class ProductMarket {

    /** More product lines than the knowledge base holds today; listing and matching read the newest this many. */
    public static final int MAX_LINES = 2_000;
    private static final Comparator<Match> RANKED = Comparator.comparingInt(Match::score).reversed()
            .thenComparing(m -> m.buyer().name()).thenComparing(m -> m.product().name());

    private final Jdbi jdbi;
    private final Clock clock;

    public ProductMarket(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The product lines that pass the filter, newest first. */
    public List<ProductLine> productLines(ProductFilter filter) {
        return jdbi.withHandle(handle -> {
            List<ProductLine> lines = ProductLines.newest(handle, MAX_LINES).stream()
                    .filter(line -> filter.channel().map(line.channels()::contains).orElse(true))
                    .filter(line -> filter.category().map(wanted -> line.categories().stream()
                            .anyMatch(c -> Categories.covered(c, wanted).isPresent())).orElse(true))
                    .toList();
            if (filter.origin().isEmpty()) {
                return lines;
            }
            String place = Folding.fold(filter.origin().get());
            Map<Long, List<PlaceLineage.Place>> lineages = lineages(handle, lines);
            return lines.stream().filter(line -> line.origin().map(o -> lineages.getOrDefault(o.entity(), List.of())
                    .stream().anyMatch(p -> p.folded().contains(place))).orElse(false)).toList();
        });
    }

    public Optional<ProductLine> productLine(long id) {
        return jdbi.withHandle(handle -> ProductLines.find(handle, id));
    }

    /** Every buyer profile, by name. */
    public List<BuyerProfile> buyers() {
        return jdbi.withHandle(BuyerProfiles::all);
    }

    public Optional<BuyerProfile> buyer(long id) {
        return jdbi.withHandle(handle -> BuyerProfiles.find(handle, id));
    }

    /**
     * Saves a buyer profile and an audit entry for it.
     *
     * @throws BuyerProfileException listing everything wrong with the draft
     */
    public BuyerProfile addBuyer(BuyerDraft draft, String user) {
        return jdbi.inTransaction(handle -> BuyerProfiles.add(handle, draft, user, clock.instant()));
    }

    /** Organisations whose name says they are buyers and that have no profile yet. */
    public List<BuyerProposal> proposedBuyers() {
        return jdbi.withHandle(BuyerProposals::find);
    }

    /** The buyers that suit the product line, best first; {@code followed} are the entities the user follows. */
    public List<Match> buyersFor(ProductLine line, Set<Long> followed) {
        return jdbi.withHandle(handle -> {
            List<PlaceLineage.Place> lineage = lineages(handle, List.of(line)).getOrDefault(
                    line.origin().map(Participant::entity).orElse(-1L), List.of());
            return BuyerProfiles.all(handle).stream()
                    .flatMap(buyer -> MatchScoring.score(line, buyer, lineage, followed).stream())
                    .sorted(RANKED).toList();
        });
    }

    /** The product lines that suit the buyer, best first; {@code followed} are the entities the user follows. */
    public List<Match> productLinesFor(BuyerProfile buyer, Set<Long> followed) {
        return jdbi.withHandle(handle -> {
            List<ProductLine> lines = ProductLines.newest(handle, MAX_LINES);
            Map<Long, List<PlaceLineage.Place>> lineages = lineages(handle, lines);
            return lines.stream().flatMap(line -> MatchScoring.score(line, buyer, line.origin()
                    .map(o -> lineages.getOrDefault(o.entity(), List.of())).orElse(List.of()), followed).stream())
                    .sorted(RANKED).toList();
        });
    }

    private static Map<Long, List<PlaceLineage.Place>> lineages(Handle handle, List<ProductLine> lines) {
        return PlaceLineage.of(handle, lines.stream().flatMap(line -> line.origin().stream()).map(Participant::entity)
                .distinct().toList());
    }
}
