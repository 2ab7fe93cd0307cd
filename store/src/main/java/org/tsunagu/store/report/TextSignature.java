package org.tsunagu.store.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.MurmurHash3;
import org.tsunagu.store.text.Folding;

/**
 * A MinHash signature of a text's five-word shingles: the share of positions at which two
 * signatures agree estimates the Jaccard similarity of the two texts' shingle sets, so a re-posted
 * story with another first line or footer comes out close to its original and another article
 * about the same cities far from it. Each position i is the least value, over the shingles, of
 * h1 + i·h2, h1 and h2 being the halves of the shingle's 128-bit MurmurHash3: one hash per
 * shingle stands for 128 (Kirsch and Mitzenmacher's double hashing), which halved the time of
 * signing the samples against 64 seeded hashes and found the same copies and the same distances.
 */
public final class TextSignature {

    static final int WORDS_PER_SHINGLE = 5;
    static final int HASHES = 128;
    /** Bands of rows for locality-sensitive hashing: texts that agree on one whole band are compared. */
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;
    /**
     * Fewer shingles than this say too little to tell a copy from a different short text (and
     * tests' one-line documents are not stories): such a text is a report of its own.
     */
    static final int MIN_SHINGLES = 40;

    /** Runs of letters and digits; a Chinese character or kana counts as a word of its own. */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

    private final long[] minima;

    private TextSignature(long[] minima) {
        this.minima = minima;
    }

    /** Empty for a text too short to be compared. */
    public static Optional<TextSignature> of(String text) {
        Set<String> shingles = shingles(words(text));
        if (shingles.size() < MIN_SHINGLES) {
            return Optional.empty();
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (String shingle : shingles) {
            long[] hash = MurmurHash3.hash128x64(shingle.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < HASHES; i++) {
                minima[i] = Math.min(minima[i], hash[0] + i * hash[1]);
            }
        }
        return Optional.of(new TextSignature(minima));
    }

    /** The estimated Jaccard similarity of the two texts' shingles, from 0 to 1. */
    public double similarity(TextSignature other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * One bucket per band: a hash of the band's rows seeded with the band's number, equal for
     * texts that agree on all of the band's rows and, but for collisions, for no other band's.
     */
    Long[] buckets() {
        Long[] buckets = new Long[BANDS];
        ByteBuffer band = ByteBuffer.allocate(ROWS * Long.BYTES);
        for (int b = 0; b < BANDS; b++) {
            band.clear();
            for (int r = 0; r < ROWS; r++) {
                band.putLong(minima[b * ROWS + r]);
            }
            buckets[b] = MurmurHash3.hash128x64(band.array(), 0, band.capacity(), b)[0];
        }
        return buckets;
    }

    /** The signature as text, for the database. */
    String encoded() {
        ByteBuffer bytes = ByteBuffer.allocate(HASHES * Long.BYTES);
        bytes.asLongBuffer().put(minima);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static TextSignature decoded(String text) {
        long[] minima = new long[HASHES];
        ByteBuffer.wrap(Base64.getDecoder().decode(text)).asLongBuffer().get(minima);
        return new TextSignature(minima);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Folding.fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static Set<String> shingles(List<String> words) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + WORDS_PER_SHINGLE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + WORDS_PER_SHINGLE)));
        }
        return shingles;
    }
}
