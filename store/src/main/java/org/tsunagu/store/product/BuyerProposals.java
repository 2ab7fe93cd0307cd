package org.tsunagu.store.product;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.text.Folding;

/**
 * Organisations of the knowledge base that are buyers by their own name ("Hoa Sen Supermarket",
 * "Kansai Food Importers", "Meridian Wholesale"), not yet a buyer profile: an editor may add them.
 */
final class BuyerProposals {

    /** Words of an organisation's name that say which channel it sells through. */
    private static final Map<String, SalesChannel> NAME_WORDS = Map.ofEntries(
            Map.entry("supermarket", SalesChannel.RETAIL), Map.entry("supermarkets", SalesChannel.RETAIL),
            Map.entry("hypermarket", SalesChannel.RETAIL), Map.entry("mart", SalesChannel.RETAIL),
            Map.entry("retail", SalesChannel.RETAIL), Map.entry("retailers", SalesChannel.RETAIL),
            Map.entry("wholesale", SalesChannel.WHOLESALE), Map.entry("wholesalers", SalesChannel.WHOLESALE),
            Map.entry("distributors", SalesChannel.WHOLESALE), Map.entry("ecommerce", SalesChannel.E_COMMERCE),
            Map.entry("e-commerce", SalesChannel.E_COMMERCE), Map.entry("restaurant", SalesChannel.FOOD_SERVICE),
            Map.entry("restaurants", SalesChannel.FOOD_SERVICE), Map.entry("catering", SalesChannel.FOOD_SERVICE),
            Map.entry("import", SalesChannel.IMPORT), Map.entry("importers", SalesChannel.IMPORT),
            Map.entry("importer", SalesChannel.IMPORT), Map.entry("imports", SalesChannel.IMPORT));
    private static final int MAX_PROPOSALS = 50;
    private static final String NAMED = """
            SELECT e.id, e.name FROM kb_entities e
            WHERE e.type = 'organisation' AND e.merged_into IS NULL AND LOWER(e.name) LIKE :pattern
              AND NOT EXISTS (SELECT 1 FROM buyer_profiles b WHERE b.entity_id = e.id)
            ORDER BY e.name LIMIT :limit""";

    private BuyerProposals() {
    }

    static List<BuyerProposal> find(Handle handle) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (String word : NAME_WORDS.keySet()) {
            handle.createQuery(NAMED).bind("pattern", "%" + word + "%").bind("limit", MAX_PROPOSALS)
                    .map((row, ctx) -> Map.entry(row.getLong("id"), row.getString("name")))
                    .forEach(e -> names.put(e.getKey(), e.getValue()));
        }
        List<BuyerProposal> proposals = new ArrayList<>();
        names.forEach((id, name) -> {
            Set<SalesChannel> channels = EnumSet.noneOf(SalesChannel.class);
            for (String word : Folding.fold(name).split("[^\\p{L}\\p{N}-]+")) {
                if (NAME_WORDS.containsKey(word)) {
                    channels.add(NAME_WORDS.get(word));
                }
            }
            if (!channels.isEmpty()) {
                proposals.add(new BuyerProposal(id, name, List.copyOf(channels)));
            }
        });
        proposals.sort((a, b) -> a.name().compareTo(b.name()));
        return proposals.size() > MAX_PROPOSALS ? proposals.subList(0, MAX_PROPOSALS) : proposals;
    }
}
