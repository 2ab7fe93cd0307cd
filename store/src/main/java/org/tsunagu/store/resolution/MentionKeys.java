package org.tsunagu.store.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.entity.EntityType;

/**
 * The keys a mention is matched on. Two mentions sharing a key are one entity, so the entities
 * are the connected groups of mentions whatever the order they arrive in. The first key is the
 * mention's own; the others come from acronyms, the reference data and the document.
 */
record MentionKeys(EntityType type, List<String> keys, String alias, PlaceName place, PlaceName governs) {

    private static final Pattern GOVERNMENT = Pattern.compile("^(.+?) (?:(municipal|city|metropolitan|prefectural|"
            + "provincial|state|regional) )?(?:municipal )?(people s government|people s committee|government office"
            + "|government|city hall)$");
    private static final Pattern GOVERNMENT_OF = Pattern.compile(
            "^(?:(municipal|city|metropolitan|prefectural|provincial|state|regional) )?government of (.+)$");
    private static final Pattern COMPANY_SUFFIX = Pattern.compile(" (?:co ltd|co|ltd|inc|corp|corporation|llc|plc|jsc)$");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam");

    /**
     * Keys of a mention in a document that defines {@code acronyms} (acronym to long form); a
     * one-word person's key is private to {@code scope}.
     */
    static MentionKeys of(EntityRef ref, String scope, Map<String, String> acronyms, Gazetteer gazetteer) {
        Names.WithAcronym split = Names.splitAcronym(ref.name());
        String cleaned = Names.clean(split.name());
        if (cleaned.isEmpty()) {
            cleaned = Names.clean(ref.name());
        }
        return switch (ref.type()) {
            case PLACE -> place(split.name(), gazetteer);
            case PERSON -> person(split.name(), cleaned, scope);
            case ORGANISATION -> organisation(split, cleaned, acronyms, gazetteer);
            case GROUP -> new MentionKeys(EntityType.GROUP, List.of("group:" + cleaned), split.name(), null, null);
        };
    }

    static MentionKeys place(String name, Gazetteer gazetteer) {
        PlaceName said = PlaceName.of(name);
        String bare = gazetteer.canonicalBare(said.bare());
        PlaceName place = new PlaceName(bare, said.said());
        return new MentionKeys(EntityType.PLACE, List.of(placeKey(place, gazetteer)), name, place, null);
    }

    /** A place's key says its level only where the reference data has one name at two levels. */
    static String placeKey(PlaceName place, Gazetteer gazetteer) {
        if (!gazetteer.isAmbiguous(place.bare())) {
            return "place:" + place.bare();
        }
        Level level = place.said() != null && gazetteer.find(place.bare(), place.said()).isPresent() ? place.said()
                : gazetteer.find(place.bare(), null).orElseThrow().level();
        return "place:" + place.bare() + "#" + level.code();
    }

    /**
     * Word order does not matter ("Yamamoto Ichita" is "Ichita Yamamoto"); a single word, usually
     * a family name, only matches within {@code scope}: its document, which {@link
     * DocumentMentions#inReport} widens to the report (the document and its copies). Two Parks are
     * not one person. Titles of address are not names: "Mr. Nguyen" is the document's "Nguyen".
     */
    private static MentionKeys person(String name, String cleaned, String scope) {
        List<String> words = personWords(cleaned);
        Set<String> tokens = new TreeSet<>(words);
        String key = tokens.size() > 1 ? "person:" + String.join(" ", tokens)
                : "person:" + (tokens.isEmpty() ? cleaned : words.get(0)) + "@" + scope;
        return new MentionKeys(EntityType.PERSON, List.of(key), name, null, null);
    }

    /** The words of a cleaned person's name, in order, without titles of address. */
    static List<String> personWords(String cleaned) {
        List<String> words = new ArrayList<>();
        for (String word : cleaned.split(" ")) {
            if (!HONORIFICS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    MentionKeys withKeys(List<String> others) {
        return new MentionKeys(type, List.copyOf(others), alias, place, governs);
    }

    /** True for a person known only by a name private to its report. */
    boolean isPrivatePerson() {
        return type == EntityType.PERSON && keys.stream().allMatch(MentionKeys::isPrivateKey);
    }

    static boolean isPrivateKey(String key) {
        return key.startsWith("person:") && key.contains("@");
    }

    private static MentionKeys organisation(Names.WithAcronym split, String cleaned, Map<String, String> acronyms,
            Gazetteer gazetteer) {
        String own = COMPANY_SUFFIX.matcher(cleaned).replaceAll("");
        List<String> keys = new ArrayList<>();
        PlaceName governs = governed(own, gazetteer);
        if (governs != null) {
            keys.add("gov:" + placeKey(governs, gazetteer));
        }
        keys.add("org:" + own);
        if (split.acronym() != null) {
            keys.add("org:" + Names.clean(split.acronym()));
        }
        String longForm = acronyms.get(own);
        if (longForm != null) {
            keys.add("org:" + longForm);
        }
        for (Map.Entry<String, String> definition : acronyms.entrySet()) {
            String form = definition.getValue();
            if (own.equals(form) || own.endsWith(" " + form)) {
                keys.add("org:" + definition.getKey());
            }
        }
        return new MentionKeys(EntityType.ORGANISATION, List.copyOf(new java.util.LinkedHashSet<>(keys)), split.name(),
                null, governs);
    }

    /** "Chongqing Municipal Government" governs Chongqing; "Da Nang People's Committee", Da Nang. */
    private static PlaceName governed(String cleaned, Gazetteer gazetteer) {
        Matcher m = GOVERNMENT.matcher(cleaned);
        String place;
        String qualifier;
        if (m.matches()) {
            place = m.group(1);
            qualifier = m.group(2);
        } else {
            Matcher of = GOVERNMENT_OF.matcher(cleaned);
            if (!of.matches()) {
                return null;
            }
            place = of.group(2);
            qualifier = of.group(1);
        }
        PlaceName name = PlaceName.of(place);
        Level level = name.said();
        if (level == null && qualifier != null) {
            level = switch (qualifier) {
                case "municipal", "city", "metropolitan" -> Level.CITY;
                default -> Level.REGION;
            };
        }
        return new PlaceName(gazetteer.canonicalBare(name.bare()), level);
    }
}
