package org.tsunagu.store.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tsunagu.model.entity.EntityType;

/**
 * Within one document, "Park" after "Park Jin-ho" is that person: a one-word name that is the
 * first or last word of exactly one full name in the document joins it ("Mr. Park" too). With two
 * candidates (two Parks) it joins neither.
 */
final class FamilyNames {

    private final Map<String, Set<String>> fullKeysByWord = new TreeMap<>();

    FamilyNames(Collection<MentionKeys> mentions) {
        for (MentionKeys m : mentions) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            List<String> words = MentionKeys.personWords(Names.clean(m.alias()));
            if (words.size() > 1) {
                fullKeysByWord.computeIfAbsent(words.get(0), w -> new TreeSet<>()).add(m.keys().get(0));
                fullKeysByWord.computeIfAbsent(words.get(words.size() - 1), w -> new TreeSet<>()).add(m.keys().get(0));
            }
        }
    }

    MentionKeys withFullName(MentionKeys mention) {
        if (mention.type() != EntityType.PERSON) {
            return mention;
        }
        List<String> words = MentionKeys.personWords(Names.clean(mention.alias()));
        Set<String> candidates = words.size() == 1 ? fullKeysByWord.getOrDefault(words.get(0), Set.of()) : Set.of();
        if (candidates.size() != 1) {
            return mention;
        }
        List<String> keys = new ArrayList<>(mention.keys());
        keys.add(candidates.iterator().next());
        return new MentionKeys(mention.type(), keys, mention.alias(), mention.place(), mention.governs());
    }
}
