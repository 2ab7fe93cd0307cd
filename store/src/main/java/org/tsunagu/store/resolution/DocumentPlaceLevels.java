package org.tsunagu.store.resolution;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.model.entity.EntityType;

/**
 * The level a document gives the bare name of a place the reference data knows at two levels: a
 * document that says "Davao City" means that city by its bare "Davao", one that says "Kumamoto
 * Prefecture" means the prefecture. With neither, or both ("Shizuoka Prefecture" and "Shizuoka city"),
 * the reference data's default stands.
 */
final class DocumentPlaceLevels {

    private DocumentPlaceLevels() {
    }

    /** The document's mention keys, with each ambiguous bare place name at the level the document says. */
    static void apply(Map<?, MentionKeys> mentions, Gazetteer gazetteer) {
        Map<String, Set<Level>> said = new HashMap<>();
        for (MentionKeys keys : mentions.values()) {
            PlaceName place = keys.place();
            if (keys.type() == EntityType.PLACE && place.said() != null && gazetteer.find(place.bare(), place.said()).isPresent()) {
                said.computeIfAbsent(place.bare(), b -> EnumSet.noneOf(Level.class)).add(place.said());
            }
        }
        if (said.isEmpty()) {
            return;
        }
        mentions.replaceAll((ref, keys) -> {
            PlaceName place = keys.place();
            Set<Level> levels = place == null || place.said() != null ? null : said.get(place.bare());
            // A text that writes out both levels ("Shizuoka Prefecture", "Shizuoka city") leaves its bare name open.
            if (keys.type() != EntityType.PLACE || levels == null || levels.size() != 1 || !gazetteer.isAmbiguous(place.bare())) {
                return keys;
            }
            PlaceName meant = new PlaceName(place.bare(), levels.iterator().next());
            return new MentionKeys(EntityType.PLACE, List.of(MentionKeys.placeKey(meant, gazetteer)), keys.alias(), meant, null);
        });
    }
}
