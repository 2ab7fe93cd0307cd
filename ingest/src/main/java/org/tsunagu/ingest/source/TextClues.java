package org.tsunagu.ingest.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.model.document.DocumentInfo;

/**
 * What an article's own text says of who published it, for files whose metadata does not:
 * <ul>
 * <li>the headline: the first line when it stands alone as the first paragraph and reads like a
 * headline (three to forty words, at most 200 characters, no final full stop, colon, semicolon or
 * comma, not all in capitals like "PRESS RELEASE", no bar as in "FEATURE | Fresh Produce Asia",
 * not ending in a date like a masthead's "Monthly Bulletin, June 2025");</li>
 * <li>the outlet: a short name in parentheses closing a dateline before its dash
 * ("HANOI, March 3, 2025 (Mekong Times) --", "Hue (VNA) -"), or the name beside a date on a line
 * of its own ("City Portal | 02/04/2025", "18 May 2025 | Harbour Weekly");</li>
 * <li>the language, guessed from the script ({@link ScriptLanguage}).</li>
 * </ul>
 * The dateline's date is not read here: extraction reads it as the article's own date.
 */
final class TextClues {

    /** Datelines and mastheads stand in the first lines; further down a parenthesis is the story's. */
    private static final int HEAD_CHARS = 700;
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int HEADLINE_MIN_WORDS = 3;
    private static final int HEADLINE_MAX_WORDS = 40;
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}"
            + "|\\d{1,2} " + MONTH + ",? \\d{4}|" + MONTH + " \\d{1,2},? \\d{4})(?:,? \\d{1,2}:\\d{2})?";
    private static final Pattern SENTENCE_OR_LABEL_END = Pattern.compile(".*[.:;,]$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern ENDS_WITH_DATE = Pattern.compile(".*(?:" + MONTH + ",? \\d{4}|" + DATE + ")$");
    /** One to six capitalised words (or "of", "the", "and", "&"), no digits: a name, not a remark. */
    private static final String NAME = "\\p{Lu}[\\p{L}.'&-]*(?: (?:\\p{Lu}[\\p{L}.'&-]*|of|the|and|&)){0,5}";
    private static final Pattern DATELINE_OUTLET =
            Pattern.compile("^[^()\\n]{2,80}\\((" + NAME + ")\\)\\s*(?:--|[-\u2013\u2014:])", Pattern.MULTILINE);
    private static final Pattern OUTLET_THEN_DATE =
            Pattern.compile("^(" + NAME + ")\\s*\\|\\s*" + DATE + "\\s*$", Pattern.MULTILINE);
    private static final Pattern DATE_THEN_OUTLET =
            Pattern.compile("^" + DATE + "\\s*\\|\\s*(" + NAME + ")\\s*$", Pattern.MULTILINE);

    private TextClues() {
    }

    static DocumentInfo in(String text) {
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        return new DocumentInfo(headline(text), outlet(head), Optional.empty(), ScriptLanguage.guess(text),
                Optional.empty());
    }

    static Optional<String> headline(String text) {
        int paragraphEnd = text.indexOf("\n\n");
        if (paragraphEnd < 0) {
            return Optional.empty();
        }
        String line = text.substring(0, paragraphEnd).strip();
        int words = BLANKS.split(line).length;
        boolean readsLikeHeadline = !line.contains("\n") && line.length() <= HEADLINE_MAX_CHARS
                && words >= HEADLINE_MIN_WORDS && words <= HEADLINE_MAX_WORDS
                && !SENTENCE_OR_LABEL_END.matcher(line).matches() && !line.contains("|") && !line.equals(line.toUpperCase(Locale.ROOT))
                && !ENDS_WITH_DATE.matcher(line).matches();
        return readsLikeHeadline ? Optional.of(line) : Optional.empty();
    }

    private static Optional<String> outlet(String head) {
        for (Pattern pattern : List.of(DATELINE_OUTLET, OUTLET_THEN_DATE, DATE_THEN_OUTLET)) {
            Matcher m = pattern.matcher(head);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }
}
