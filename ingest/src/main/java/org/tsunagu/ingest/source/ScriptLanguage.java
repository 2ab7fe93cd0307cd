package org.tsunagu.ingest.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guess at an article's language from the scripts its letters are written in, for files that do
 * not say. No maintained, Apache-licensed detector is available offline here (the one on Maven
 * Central was last released in 2016), and the languages this project reads are told apart by
 * script well enough: kana means Japanese, Hangul Korean, Han without kana Chinese, Thai script
 * Thai, Latin with Vietnamese's own letters Vietnamese. Latin text is said to be English only when
 * English function words make up a good share of its words; other Latin text (Indonesian,
 * German, ...) gets no guess rather than a wrong one.
 */
final class ScriptLanguage {

    /** Enough text to tell the script and the words; the rest of a long article would only cost time. */
    private static final int SAMPLE_CHARS = 4000;
    /** Share of letters a script needs to be the article's: a Latin article may quote a name in kanji. */
    private static final double MAIN_SCRIPT = 0.3;
    private static final double KANA_IN_JAPANESE = 0.05;
    /** Vietnamese writes a tone mark or a hooked letter on most syllables; an English article only in names. */
    private static final double VIETNAMESE_LETTERS = 0.04;
    private static final double ENGLISH_FUNCTION_WORDS = 0.12;
    private static final String VIETNAMESE =
            "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "a", "is", "for", "on",
            "with", "was", "that", "by", "at", "as", "are", "it", "from", "said", "will", "has", "have", "its");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private ScriptLanguage() {
    }

    static Optional<String> guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int thai = 0;
        int latin = 0;
        int vietnamese = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case THAI -> thai++;
                case LATIN -> {
                    latin++;
                    if (VIETNAMESE.indexOf(Character.toLowerCase(c)) >= 0) {
                        vietnamese++;
                    }
                }
                default -> { }
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        if (han + kana >= MAIN_SCRIPT * letters) {
            return Optional.of(kana >= KANA_IN_JAPANESE * (han + kana) ? "ja" : "zh");
        }
        if (hangul >= MAIN_SCRIPT * letters) {
            return Optional.of("ko");
        }
        if (thai >= MAIN_SCRIPT * letters) {
            return Optional.of("th");
        }
        if (latin >= MAIN_SCRIPT * letters) {
            if (vietnamese >= VIETNAMESE_LETTERS * latin) {
                return Optional.of("vi");
            }
            return englishWords(sample) ? Optional.of("en") : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean englishWords(String sample) {
        long words = 0;
        long function = 0;
        Matcher matcher = WORD.matcher(sample);
        while (matcher.find()) {
            words++;
            if (ENGLISH.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        return words > 0 && function >= ENGLISH_FUNCTION_WORDS * words;
    }
}
