package org.tsunagu.extraction.internal.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.lexicon.Place;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;

/**
 * Resolves short references to the nearest fitting mention before them: "the prefecture" to the
 * last prefecture, "the company" to the last organisation, "he" to the last person, and "the two
 * sides", "both cities", "both Malaysian agencies" to the last two distinct places or organisations.
 */
public final class ReferenceResolver implements Stage<ShortReference> {

    private static final Set<String> PLACE_NOUNS = Words.of("prefecture", "province", "city", "municipality", "locality",
            "town", "region", "state");
    private static final Set<String> ORG_NOUNS = Words.of("company", "firm", "group", "association", "chamber", "club",
            "agency", "organisation", "organization", "corporation", "authority", "ministry", "bank", "university");
    private static final Set<String> PAIR_PLACE_NOUNS = Words.of("sides", "cities", "localities", "provinces",
            "prefectures", "regions", "municipalities", "governments", "partners", "towns");
    private static final Set<String> PAIR_ORG_NOUNS = Words.of("agencies", "organizations", "organisations", "chambers",
            "organizers", "organisers", "companies", "firms", "associations", "institutions", "parties", "banks");
    /**
     * "the ports", "both universities": plural nouns that name a kind of body by a word its names contain
     * ("Kitakyushu Port and Harbor Bureau", "Port of Rotterdam Authority").
     */
    private static final Set<String> PAIR_NAMED_NOUNS = Words.of("ports", "airports", "universities", "colleges",
            "authorities", "bureaus", "chambers", "zones", "institutes");
    /** The kind of place a "provincial", "prefectural" or "municipal" government belongs to. */
    private static final Map<String, String> GOVERNMENT_KINDS = Words.map(Map.of("provincial", "province", "prefectural",
            "prefecture", "municipal", "city"));
    private static final Set<String> PERSONAL = Words.of("he", "she", "his", "her");
    private static final String JAPAN = "JP";
    /** Countries whose first-level regions are states: "the province" after "New York" still means a province before it. */
    private static final Set<String> STATE_COUNTRIES = Set.of("US", "AU", "IN", "MY", "DE", "MX", "BR", "NG", "AT");
    /** Far more names than any article gives before or after a reference (the most in the real sets is 114). */
    private static final int REACH = 500;

    @Override
    public String name() {
        return "resolve-references";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS, Layers.DOCUMENT_DATE);
    }

    @Override
    public Layer<ShortReference> produces() {
        return Layers.REFERENCES;
    }

    @Override
    public List<ShortReference> annotate(AnnotatedDocument document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<Mention> all = new ArrayList<>(document.get(Layers.MENTIONS));
        all.removeIf(m -> m.is(Mention.Type.TITLE) || m.is(Mention.Type.OTHER) || modifier(tokens, m));
        document.single(Layers.DOCUMENT_DATE).dateline().ifPresent(l -> all.removeIf(m -> l.contains(m.span())));
        all.sort(java.util.Comparator.comparingInt(Mention::firstToken));
        List<ShortReference> out = new ArrayList<>();
        for (Sentence s : document.get(Layers.SENTENCES)) {
            List<Mention> mentions = near(all, s);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = tokens.get(i);
                String f = t.folded();
                if ((f.equals("the") || f.equals("this")) && i + 1 < s.endToken()) {
                    int j = i + 1;
                    while (j < s.endToken() - 1 && isModifier(tokens.get(j).folded())) {
                        j++;
                    }
                    String noun = tokens.get(j).folded();
                    if (tokens.get(j).isCapitalized()) {
                        continue;
                    }
                    if (noun.equals("two") && j + 1 < s.endToken()) {
                        int k = j + 1;
                        while (k < s.endToken() - 1 && isModifier(tokens.get(k).folded())) {
                            k++;
                        }
                        addPair(out, tokens, mentions, i, k + 1, tokens.get(k).folded());
                    } else if (PAIR_NAMED_NOUNS.contains(noun)
                            && (j + 1 >= tokens.size() || !tokens.get(j + 1).is("of"))) {
                        addPair(out, tokens, mentions, i, j + 1, noun);
                    } else if (noun.equals("government") && GOVERNMENT_KINDS.containsKey(tokens.get(j - 1).folded())) {
                        // "the provincial government": the last province, as "the province" would be
                        String kind = GOVERNMENT_KINDS.get(tokens.get(j - 1).folded());
                        add(out, tokens, mentions, i, j + 1, 1, m -> isPlaceOfKind(m, kind));
                    } else if (PLACE_NOUNS.contains(noun)) {
                        add(out, tokens, mentions, i, j + 1, 1, m -> isPlaceOfKind(m, noun));
                    } else if (ORG_NOUNS.contains(noun)) {
                        add(out, tokens, mentions, i, j + 1, 1, m -> m.is(Mention.Type.ORGANISATION)
                                && (noun.equals("company") || noun.equals("firm") || noun.equals("group")
                                || m.name().toLowerCase(java.util.Locale.ROOT).contains(noun)));
                    }
                } else if (f.equals("both") && i + 1 < s.endToken()) {
                    int k = i + 1;
                    while (k < s.endToken() - 1 && (isModifier(tokens.get(k).folded()) || tokens.get(k).isCapitalized())) {
                        k++;
                    }
                    addPair(out, tokens, mentions, i, k + 1, tokens.get(k).folded());
                } else if (PERSONAL.contains(f)) {
                    add(out, tokens, mentions, i, i + 1, 1, m -> m.is(Mention.Type.PERSON));
                } else if ((f.equals("it") || f.equals("its")) && i == s.firstToken() && s.index() > 0) {
                    subjectOfPreviousSentence(out, tokens, mentions, document.get(Layers.SENTENCES).get(s.index() - 1), i);
                }
            }
        }
        return out;
    }

    /**
     * The mentions within {@link #REACH} of the sentence, in text order. A reference looks back, and a pair counts
     * names, only this far: reading the whole document for every reference made long documents quadratic.
     */
    private static List<Mention> near(List<Mention> sorted, Sentence s) {
        int first = startingFrom(sorted, s.firstToken());
        int end = startingFrom(sorted, s.endToken());
        return sorted.subList(Math.max(0, first - REACH), Math.min(sorted.size(), end + REACH));
    }

    /** The index of the first mention starting at or after the token. */
    private static int startingFrom(List<Mention> sorted, int token) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A sentence-initial "It" continues the subject of the sentence before: its first place or organisation. */
    private static void subjectOfPreviousSentence(List<ShortReference> out, List<Token> tokens, List<Mention> mentions,
            Sentence previous, int at) {
        for (Mention m : mentions) {
            if (m.firstToken() >= previous.firstToken() && m.endToken() <= previous.endToken() && m.isActor() && !m.isCountry()) {
                out.add(new ShortReference(at, at + 1, MentionFinder.span(tokens, at, at + 1), List.of(m)));
                return;
            }
        }
    }

    /** "Gifu-based", "a Gifu company": a place used to describe something else is no referent. */
    private static boolean modifier(List<Token> tokens, Mention m) {
        int next = m.endToken();
        if (next + 1 < tokens.size() && tokens.get(next).text().equals("-") && tokens.get(next + 1).is("based")) {
            return true;
        }
        return m.is(Mention.Type.PLACE) && next < tokens.size() && m.firstToken() > 0
                && (tokens.get(m.firstToken() - 1).is("a") || tokens.get(m.firstToken() - 1).is("an"))
                && tokens.get(next).isWord() && !tokens.get(next).isCapitalized();
    }

    private static String identity(Mention m) {
        return m.is(Mention.Type.PLACE) && m.place() != null ? m.place().name() : m.name();
    }

    private static boolean sameEntity(String a, String b) {
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    private static boolean isModifier(String f) {
        return switch (f) {
            case "japanese", "chinese", "vietnamese", "korean", "thai", "malaysian", "municipal", "provincial", "local",
                    "visiting", "partner", "sister", "friendship", "prefectural", "city", "host", "two" -> !f.equals("two");
            default -> false;
        };
    }

    private static boolean isPlaceOfKind(Mention m, String noun) {
        if (!m.is(Mention.Type.PLACE) || m.isCountry()) {
            return false;
        }
        String name = m.name().toLowerCase(java.util.Locale.ROOT);
        boolean region = m.place() != null && m.place().kind() == Place.Kind.REGION;
        boolean japanese = m.place() != null && JAPAN.equals(m.place().country());
        return switch (noun) {
            // Japan's regions are prefectures; China's, Vietnam's, Korea's and Thailand's are provinces
            case "prefecture" -> name.contains(noun) || region && (japanese || m.place().country() == null);
            case "province" -> name.contains(noun) || region && !japanese && !inStates(m);
            case "region", "state" -> name.contains(noun) || region;
            // "the two provinces" of Chinese media may pair a province with a Japanese prefecture
            case "regions" -> name.contains("province") || region;
            case "city", "town", "municipality" -> !name.contains("prefecture") && !name.contains("province")
                    && (m.place() == null || m.place().kind() == Place.Kind.CITY || name.contains("city"));
            default -> true;
        };
    }

    private static boolean inStates(Mention m) {
        return m.place() != null && m.place().country() != null && STATE_COUNTRIES.contains(m.place().country());
    }

    private static void add(List<ShortReference> out, List<Token> tokens, List<Mention> mentions, int first, int end,
            int count, Predicate<Mention> fits) {
        List<Mention> found = new ArrayList<>();
        for (int k = mentions.size() - 1; k >= 0 && found.size() < count; k--) {
            Mention m = mentions.get(k);
            if (m.endToken() <= first && fits.test(m) && found.stream().noneMatch(x -> sameEntity(x.name(), m.name()))) {
                found.add(m);
            }
        }
        if (found.size() == count) {
            out.add(new ShortReference(first, end, MentionFinder.span(tokens, first, end), found));
        }
    }

    private static void addPair(List<ShortReference> out, List<Token> tokens, List<Mention> all, int first, int end,
            String noun) {
        int sentenceStart = first;
        while (sentenceStart > 0 && !tokens.get(sentenceStart - 1).text().equals(".")) {
            sentenceStart--;
        }
        final int start = sentenceStart;
        List<Mention> mentions = all.stream().filter(m -> m.endToken() <= start || m.firstToken() >= first).toList();
        if (PAIR_PLACE_NOUNS.contains(noun)) {
            String kind = switch (noun) {
                case "regions", "provinces", "prefectures" -> "regions";
                case "cities", "towns", "municipalities" -> "city";
                default -> "";
            };
            // "the two sides" may be organisations as well as places
            Predicate<Mention> side = m -> !m.isCountry() && (m.is(Mention.Type.PLACE)
                    || noun.equals("sides") && m.is(Mention.Type.ORGANISATION));
            List<Mention> places = mentions.stream().filter(m -> side.test(m)
                    && (kind.isEmpty() || isPlaceOfKind(m, kind))).toList();
            if (places.stream().filter(m -> m.endToken() <= first).map(Mention::name).distinct().count() < 2) {
                places = mentions.stream().filter(side).toList();
            }
            // "Gifu" and "Gifu prefecture" count as one place
            java.util.Map<String, Long> counts = new java.util.HashMap<>();
            places.forEach(m -> counts.merge(identity(m), 1L, Long::sum));
            List<Mention> recent = new ArrayList<>();
            // the sides of a signing may have been named a few sentences before what came between
            int window = noun.equals("sides") ? 6 : 4;
            for (int k = places.size() - 1; k >= 0 && recent.size() < window; k--) {
                Mention m = places.get(k);
                if (m.endToken() <= first && recent.stream().noneMatch(x -> sameEntity(x.name(), m.name()) && x.type() == m.type()
                        || identity(x).equals(identity(m)))) {
                    recent.add(m);
                }
            }
            if (recent.size() >= 2) {
                recent.sort(java.util.Comparator.comparing((Mention m) -> -counts.get(identity(m))));
                List<Mention> top = new ArrayList<>(recent.subList(0, 2));
                out.add(new ShortReference(first, end, MentionFinder.span(tokens, first, end), top));
                return;
            }
            add(out, tokens, mentions, first, end, 2, m -> m.is(Mention.Type.PLACE) && !m.isCountry()
                    || noun.equals("sides") && m.is(Mention.Type.ORGANISATION));
        } else if (PAIR_ORG_NOUNS.contains(noun)) {
            add(out, tokens, mentions, first, end, 2, m -> m.is(Mention.Type.ORGANISATION));
        } else if (PAIR_NAMED_NOUNS.contains(noun)) {
            String word = noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y" : noun.substring(0, noun.length() - 1);
            add(out, tokens, mentions, first, end, 2, m -> m.is(Mention.Type.ORGANISATION)
                    && m.name().toLowerCase(java.util.Locale.ROOT).contains(word));
        }
    }
}
