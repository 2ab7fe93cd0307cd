package org.tsunagu.store.resolution;

import java.util.Locale;
import org.tsunagu.model.entity.EntityType;

/**
 * A place's or person's name in capitals only ("MUNICH", "CEBU CITY", from a dateline or a headline) is
 * the same name shouted: it is kept as the name is written ("Munich", "Cebu City"), so that it never
 * names an entity in capitals nor wins over a mixed-case alias. Acronyms stay: an organisation's
 * ("JETRO"), a word of three letters or fewer ("UAE") or one without a vowel ("HCMC").
 */
final class ShoutedNames {

    private ShoutedNames() {
    }

    static String asWritten(EntityType type, String name) {
        if (type != EntityType.PLACE && type != EntityType.PERSON || !isShouted(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean wordStart = true;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            out.appendCodePoint(wordStart ? c : Character.toLowerCase(c));
            wordStart = !Character.isLetter(c) && c != '\'' && c != '\u2019';
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static boolean isShouted(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        return name.strip().contains(" ")
                || name.codePointCount(0, name.length()) > 3 && name.toLowerCase(Locale.ROOT).matches(".*[aeiouy].*");
    }
}
