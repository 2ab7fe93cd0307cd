package org.tsunagu.web.review;

import java.util.Locale;
import java.util.Set;

/** Codes as people read them: "cooperation_agreement" as "Cooperation agreement", "mou" as "MOU". */
final class Words {

    /** Codes that are abbreviations, written in capitals. */
    private static final Set<String> ABBREVIATIONS = Set.of("mou", "fdi");

    private Words() {
    }

    static String of(String code) {
        String[] words = code.split("_");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = ABBREVIATIONS.contains(words[i]) ? words[i].toUpperCase(Locale.ROOT) : words[i];
            if (i == 0) {
                word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            }
            text.append(i == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }
}
