package org.tsunagu.cli.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An endless, numbered series of made-up articles for scale tests: article {@code n} of a seed is
 * always the same, so a corpus of any size is made one article at a time, in any order, without
 * keeping the others. A few articles (about 3 %) are syndicated copies of an earlier one: the same
 * story re-posted by another outlet under its own first line and footer.
 */
final class GeneratedCorpus {

    /** One file: its path under the corpus folder and its contents; {@code copyOf} the article it re-posts, or -1. */
    record Article(String path, String text, long copyOf) {

        boolean isCopy() {
            return copyOf >= 0;
        }
    }

    static final double COPY_SHARE = 0.03;
    /** How far back a copy's original lies: syndication follows publication within days. */
    private static final int COPY_WINDOW = 200;
    private static final int FILES_PER_FOLDER = 1_000;

    private final Localities localities;
    private final long seed;

    GeneratedCorpus(Localities localities, long seed) {
        this.localities = localities;
        this.seed = seed;
    }

    Article article(long number) {
        SplittableRandom random = random(number);
        if (isCopy(number)) {
            long original = number - 1 - random.nextInt((int) Math.min(number, COPY_WINDOW));
            while (isCopy(original)) {
                original--;
            }
            return new Article(path(number, "copy", "txt"), syndicated(original, random), original);
        }
        Written written = write(number);
        return new Article(path(number), written.outlet().render(written.story(), written.outletName()), -1);
    }

    /** Where article {@code number} is written, found without writing it. */
    String path(long number) {
        if (isCopy(number)) {
            return path(number, "copy", "txt");
        }
        Outlet outlet = outlet(random(number));
        return path(number, outlet.name().toLowerCase(Locale.ROOT), outlet.extension());
    }

    /** The first draw of an article's randomness, so that its file is known before its words. */
    private static Outlet outlet(SplittableRandom random) {
        return Outlet.values()[random.nextInt(Outlet.values().length)];
    }

    private boolean isCopy(long number) {
        return number > 0 && new SplittableRandom(seed ^ Long.rotateLeft(number, 32)).nextDouble() < COPY_SHARE;
    }

    private record Written(Story story, Outlet outlet, String outletName) {
    }

    private Written write(long number) {
        SplittableRandom random = random(number);
        Outlet outlet = outlet(random);
        Cast cast = Cast.draw(localities, random);
        Story story = Story.write(cast, random);
        String name = switch (outlet) {
            case WIRE -> Lexicon.pick(random, Lexicon.OUTLET_PREFIXES) + " Wire";
            case PORTAL -> cast.partner().name();
            case PRESS_RELEASE, NOTICE -> cast.home().name() + (cast.home().isCity() ? " City" : " Prefecture");
        };
        return new Written(story, outlet, name);
    }

    /** The original's story under another outlet's first line and footer. */
    private String syndicated(long original, SplittableRandom random) {
        Story story = write(original).story();
        String outlet = Lexicon.pick(random, Lexicon.OUTLET_PREFIXES) + " Business Daily";
        return outlet + " | Republished " + story.published().plusDays(1 + random.nextInt(3)) + "\n\n"
                + story.headline() + "\n\n" + String.join("\n\n", story.paragraphs())
                + "\n\nThis story first appeared on a partner site and is republished by " + outlet
                + " with permission. Subscribe to our morning briefing for more regional business news.\n";
    }

    private SplittableRandom random(long number) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + number);
    }

    private static String path(long number, String kind, String extension) {
        return String.format(Locale.ROOT, "%04d/%07d-%s.%s", number / FILES_PER_FOLDER, number, kind, extension);
    }
}
