package org.tsunagu.cli.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The words of one generated article, before an outlet lays them out: a headline, the place of
 * its dateline, the day it was published, and paragraphs. The lead tells the article's main
 * news (an agreement, a visit, an event, an investment or a product showcase); the following
 * paragraphs add ties, figures and, in some articles, plans that are only hoped for or that fell
 * through, which must never become established facts.
 */
record Story(String headline, String dateline, LocalDate published, List<String> paragraphs) {

    enum Kind { AGREEMENT, VISIT, EVENT, INVESTMENT, SHOWCASE }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth");
    /** The share of articles with a hedged or negated plan. */
    private static final double HEDGED = 0.3;

    Story {
        paragraphs = List.copyOf(paragraphs);
    }

    static Story write(Cast cast, SplittableRandom random) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        List<String> paragraphs = new ArrayList<>();
        String headline = switch (kind) {
            case AGREEMENT -> agreement(cast, random, paragraphs);
            case VISIT -> visit(cast, random, paragraphs);
            case EVENT -> event(cast, random, paragraphs);
            case INVESTMENT -> investment(cast, random, paragraphs);
            case SHOWCASE -> showcase(cast, random, paragraphs);
        };
        if (kind != Kind.INVESTMENT) {
            paragraphs.add(factory(cast, random));
        }
        paragraphs.add(ties(cast, random));
        if (random.nextDouble() < HEDGED) {
            paragraphs.add(hedged(cast, random));
        }
        paragraphs.add(figures(cast, random));
        paragraphs.add(outlook(cast, random));
        return new Story(headline, cast.partner().name(), cast.date().plusDays(1), paragraphs);
    }

    private static String agreement(Cast cast, SplittableRandom random, List<String> paragraphs) {
        String fields = fields(random);
        paragraphs.add(String.format(Locale.ROOT,
                "%s and %s signed a memorandum of understanding on cooperation in %s in %s on %s.",
                capitalised(cast.partner().described()), cast.home().describedWithCountry(), fields, cast.partner().name(),
                day(cast.date())));
        paragraphs.add(String.format(Locale.ROOT,
                "The document was signed by %s and %s, who is leading a %d-member delegation of officials and"
                        + " business people on a working trip to %s from %s to %s.",
                cast.partnerOfficial().titled(), cast.homeOfficial().titled(), cast.participants() / 5 + 5,
                cast.partner().countryName(), day(cast.date().minusDays(1)), day(cast.date().plusDays(3))));
        paragraphs.add(String.format(Locale.ROOT,
                "%s said %s hoped to learn from %s's experience in %s, while %s said companies from both sides"
                        + " could work together in %s.",
                cast.partnerOfficial().name(), cast.partner().name(), cast.home().name(),
                Lexicon.pick(random, Lexicon.FIELDS), cast.homeOfficial().name(), Lexicon.pick(random, Lexicon.FIELDS)));
        return cast.partner().name() + ", Japan's " + cast.home().name() + " sign MOU on " + fields;
    }

    private static String visit(Cast cast, SplittableRandom random, List<String> paragraphs) {
        paragraphs.add(String.format(Locale.ROOT, "On %s, %s received a delegation from %s, Japan, led by %s.",
                day(cast.date()), cast.partnerOfficial().titled(), cast.home().name(), cast.homeOfficial().titled()));
        paragraphs.add(String.format(Locale.ROOT,
                "During the meeting, both sides agreed to deepen cooperation in %s. %s said %s wanted to attract"
                        + " Japanese suppliers of %s and asked %s to help train local workers.",
                fields(random), cast.partnerOfficial().name(), cast.partner().name(), cast.company().products(),
                cast.home().name()));
        return cast.partner().name() + " leader receives " + cast.home().name() + " delegation";
    }

    private static String event(Cast cast, SplittableRandom random, List<String> paragraphs) {
        String event = random.nextBoolean() ? cast.partner().name() + " trade and investment promotion seminar"
                : cast.home().name() + " food and tourism fair";
        paragraphs.add(String.format(Locale.ROOT,
                "%s held the %s at %s in %s on %s, attended by some %d businesses from both sides.",
                capitalised(cast.home().described()), event, Lexicon.pick(random, Lexicon.VENUES),
                cast.partner().name(), day(cast.date()), cast.participants()));
        paragraphs.add(String.format(Locale.ROOT,
                "Opening the event, %s said %s saw %s as a gateway to %s, and invited companies to visit the"
                        + " prefecture's booth.",
                cast.homeOfficial().titled(), cast.home().name(), cast.partner().name(),
                cast.partner().countryName()));
        paragraphs.add(showcaseSentence(cast, random));
        return cast.home().name() + " brings its businesses to " + cast.partner().name();
    }

    private static String investment(Cast cast, SplittableRandom random, List<String> paragraphs) {
        paragraphs.add(factory(cast, random));
        paragraphs.add(String.format(Locale.ROOT,
                "%s, who attended the ceremony, said the project would create about %d jobs for local workers"
                        + " and asked the company to train engineers in %s.",
                cast.partnerOfficial().titled(), cast.participants() * 3, cast.partner().name()));
        return cast.company().name() + " opens plant in " + cast.partner().name();
    }

    private static String showcase(Cast cast, SplittableRandom random, List<String> paragraphs) {
        paragraphs.add(String.format(Locale.ROOT,
                "About %d companies from %s are taking part in a week-long fair held at %s in %s from %s.",
                cast.participants() / 4 + 5, cast.partner().name(), Lexicon.pick(random, Lexicon.VENUES),
                cast.home().name(), day(cast.date())));
        paragraphs.add(showcaseSentence(cast, random));
        return cast.partner().name() + " products go on show in " + cast.home().name();
    }

    private static String showcaseSentence(Cast cast, SplittableRandom random) {
        return String.format(Locale.ROOT,
                "Highlights include \"%s\", a %s brand from %s, and \"%s\", a line of %s produced in %s.",
                brand(random), Lexicon.pick(random, Lexicon.GOODS), cast.partner().name(), brand(random),
                Lexicon.pick(random, Lexicon.GOODS), cast.home().name());
    }

    private static String factory(Cast cast, SplittableRandom random) {
        return random.nextBoolean()
                ? String.format(Locale.ROOT, "%s-based %s maker %s opened a %s factory in %s on %s.",
                        cast.company().base(), cast.company().products(), cast.company().name(),
                        cast.amount(random), cast.partner().name(), day(cast.date().minusDays(20)))
                : String.format(Locale.ROOT,
                        "%s, a %s maker based in %s, announced that it would invest %s over the next five years to"
                                + " expand its operations in %s.",
                        cast.company().name(), cast.company().products(), cast.company().base(), cast.amount(random),
                        cast.partner().name());
    }

    private static String ties(Cast cast, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%s and %s established friendship relations in %d.",
                    cast.partner().name(), cast.home().name(), cast.year());
            case 1 -> String.format(Locale.ROOT, "%s and %s have been sister cities since %d.",
                    cast.partner().name(), cast.home().name(), cast.year());
            default -> String.format(Locale.ROOT,
                    "%s already maintains cooperative relations with several Japanese localities, including %s.",
                    cast.partner().name(), cast.home().name());
        };
    }

    /** A plan only hoped for, or one that fell through: never an established fact. */
    private static String hedged(Cast cast, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT,
                    "%s is considering opening a second plant in %s worth around %s, its representative said. No"
                            + " decision has been made.",
                    cast.company().name(), cast.partner().name(), cast.amount(random));
            case 1 -> String.format(Locale.ROOT,
                    "The two sides did not sign the cooperation agreement on %s that had been prepared since"
                            + " spring, and hope to sign it before the end of the year.",
                    Lexicon.pick(random, Lexicon.FIELDS));
            default -> String.format(Locale.ROOT,
                    "Officials said a direct charter flight between %s and %s might one day become possible if"
                            + " tourist numbers keep growing.",
                    cast.partner().name(), cast.home().name());
        };
    }

    private static String figures(Cast cast, SplittableRandom random) {
        return String.format(Locale.ROOT,
                "According to the %s Department of Planning and Investment, Japan ranks %s among %d countries and"
                        + " territories investing in %s, with %d valid projects and total registered capital of %s.",
                cast.partner().name(), Lexicon.pick(random, ORDINALS), 20 + random.nextInt(60), cast.partner().name(),
                10 + random.nextInt(400), cast.amount(random));
    }

    private static String outlook(Cast cast, SplittableRandom random) {
        return String.format(Locale.ROOT,
                "Two-way trade between %s and Japan reached %s last year, driven by %s and %s, %s added. On %s, the"
                        + " delegation is scheduled to tour an industrial park and meet local suppliers of %s before"
                        + " returning to %s.",
                cast.partner().name(), cast.amount(random), Lexicon.pick(random, Lexicon.GOODS),
                cast.company().products(), cast.partnerOfficial().name(), day(cast.date().plusDays(2)),
                Lexicon.pick(random, Lexicon.PRODUCTS), cast.home().name());
    }

    private static String fields(SplittableRandom random) {
        List<String> fields = new ArrayList<>(Lexicon.FIELDS);
        String first = fields.remove(random.nextInt(fields.size()));
        String second = fields.remove(random.nextInt(fields.size()));
        return first + ", " + second + " and " + fields.get(random.nextInt(fields.size()));
    }

    private static String brand(SplittableRandom random) {
        return Lexicon.pick(random, Lexicon.BRAND_WORDS) + " " + Lexicon.pick(random, Lexicon.BRAND_NOUNS);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
