package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.text.Fold;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/**
 * "the City Party Committee", "the provincial People's Committee", "the City Council": a body named only
 * by its level belongs to a place the text gave before; the title's organisation is that place's body
 * ("Hue City Party Committee", "Binh Duong provincial People's Committee"), not the bare body or place.
 */
final class LocalBodies {

    private static final Set<String> LEVELS = Words.of("city", "provincial", "municipal", "prefectural", "district",
            "town", "county", "communal", "ward");
    private static final Set<String> BODY_WORDS = Words.of("people's", "committee", "council", "party", "assembly",
            "standing", "executive");
    private static final Set<String> HEADS = Words.of("committee", "council", "assembly");
    private static final Set<String> PLACE_KINDS = Words.of("city", "province", "prefecture", "district", "town",
            "county", "municipality");

    /** "the State Government", "the Prefectural Government": the government of a level, with the kind of place it governs. */
    private static final Map<String, Place.Kind> GOVERNMENT_LEVELS = Map.of("state", Place.Kind.REGION, "provincial",
            Place.Kind.REGION, "prefectural", Place.Kind.REGION, "city", Place.Kind.CITY, "municipal", Place.Kind.CITY);

    private LocalBodies() {
    }

    /**
     * "The State Government on Friday inked a pact with X": a government named by its level alone signs for the
     * article's most salient place of that level that is not already a party; unchanged when there is none.
     */
    static List<EntityRef> withBareGovernmentsPlaced(DocumentView view, List<EntityRef> parties) {
        List<EntityRef> out = new ArrayList<>(parties);
        for (int k = 0; k < out.size(); k++) {
            String[] words = Fold.fold(out.get(k).name()).split(" ");
            Place.Kind kind = words.length == 2 && words[1].equals("government") ? GOVERNMENT_LEVELS.get(words[0]) : null;
            if (kind == null) {
                continue;
            }
            for (Mention m : view.salientPlaces()) {
                if (m.place() != null && m.place().kind() == kind
                        && out.stream().noneMatch(p -> Names.same(p.name(), m.name()))) {
                    out.set(k, new EntityRef(m.name(), EntityType.PLACE, out.get(k).span()));
                    break;
                }
            }
        }
        return out;
    }

    /** A body named by level and kind alone: "City Council", "Provincial People's Committee", "Party Committee". */
    static boolean isLevelBody(Mention m) {
        String[] words = Fold.fold(m.name()).split(" ");
        boolean head = false;
        for (String w : words) {
            if (!LEVELS.contains(w) && !BODY_WORDS.contains(w)) {
                return false;
            }
            head |= HEADS.contains(w);
        }
        return head;
    }

    /** The body of the place: "Hue City" and "City Party Committee" make "Hue City Party Committee". */
    static EntityRef of(DocumentView view, Mention body, String place) {
        String level = view.f(body.firstToken() - 1);
        String bodyName = LEVELS.contains(level) && !view.token(body.firstToken() - 1).isCapitalized()
                ? view.token(body.firstToken() - 1).text() + " " + body.name() : body.name();
        String placeName = place;
        int lastSpace = place.lastIndexOf(' ');
        if (lastSpace > 0 && PLACE_KINDS.contains(Fold.fold(place.substring(lastSpace + 1)))
                && LEVELS.contains(Fold.fold(bodyName.substring(0, Math.max(bodyName.indexOf(' '), 0))))) {
            placeName = place.substring(0, lastSpace);
        }
        return new EntityRef(placeName + " " + bodyName, EntityType.ORGANISATION, body.span());
    }
}
