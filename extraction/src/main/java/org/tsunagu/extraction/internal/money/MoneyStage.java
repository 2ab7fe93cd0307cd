package org.tsunagu.extraction.internal.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Token;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.document.Span;
import org.tsunagu.model.money.Money;

/**
 * Finds sums of money with the currency before ("US$1.2 billion", "VND 2.3 trillion", "¥50
 * billion") or after ("932 million USD", "18.6 billion yuan", "five million dollars") and
 * normalises them to a plain amount and an ISO 4217 code; sums written out in words ("two hundred
 * million dollars") are read by {@link SpelledSums}.
 */
public final class MoneyStage implements Stage<MoneyMention> {

    /** A decimal comma with a space before a scale, as some outlets write it: "US $ 8, 6 million" is 8.6 million. */
    private static final String SPACED_DECIMAL = "\\d{1,3},\\s\\d{1,2}(?=\\s?(?:million|billion|trillion)\\b)|";
    private static final String NUMBER = "(" + SPACED_DECIMAL + "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|a|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)";
    /** Scales in full and as outlets shorten them: "RM300mil", "RM1.2bil" (Malaysia), "1.2 bln yuan" (wire services). */
    private static final String SCALES = "(lakh crore|thousand crore|thousand|million|billion|trillion|crore|lakh|mil|bil|mln|bln|mn|bn|trn|tn|cr|m|b)\\b";
    private static final String SCALE = "(?:\\s?" + SCALES + ")?";
    /** "5 billion 909 million USD": a smaller part of the sum after its leading scale. */
    private static final String SCALE_AND_REST = "(?:\\s?" + SCALES + "(?:\\s(\\d{1,3})\\s(million|thousand))?)?";
    private static final String PREFIX = "(US\\s?\\$|USD|US dollars?|S\\$|HK\\$|A\\$|AU\\$|NT\\$|NZ\\$|Tk|P(?=\\d)|W(?=\\d)|Bt|U\\.S\\.\\s?\\$|\\$|¥|JPY|RMB|CNY|VND|€|EUR|£|GBP|KRW|₩|THB|MYR|RM|Rp|IDR|SGD|AUD|HKD|NTD|TWD|PHP|₱|INR|Rs\\.?|₹)";
    private static final String SUFFIX = "(US dollars|U\\.S\\. dollars|USD|Australian dollars|New Zealand dollars|Chinese yuan|Korean won|"
            + "Japanese yen|Thai baht|Malaysian ringgit|Indian rupees|Philippine pesos|Indonesian rupiah|Vietnamese dong|Singapore dollars|Hong Kong dollars|New Taiwan dollars|Taiwan dollars|"
            + "AUD|HKD|NTD|TWD|dollars|yen|JPY|yuan|RMB|CNY|renminbi|dong|VND|won|KRW|baht|THB|"
            + "ringgit|euros?|EUR|pounds|rupees|pesos|rupiah|taka|SGD|MYR|IDR)";
    private static final Pattern BEFORE = Pattern.compile("(?<![\\w$])" + PREFIX + "\\s?" + NUMBER + SCALE, Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile("(?<![\\w.,])" + NUMBER + SCALE_AND_REST + "\\s" + SUFFIX + "\\b");
    private static final Map<String, String> CODES = Words.map(Map.ofEntries(Map.entry("us$", "USD"), Map.entry("usd", "USD"),
            Map.entry("us dollar", "USD"), Map.entry("us dollars", "USD"), Map.entry("dollars", "USD"), Map.entry("$", "USD"),
            Map.entry("s$", "SGD"), Map.entry("hk$", "HKD"), Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"),
            Map.entry("yen", "JPY"), Map.entry("rmb", "CNY"), Map.entry("cny", "CNY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("vnd", "VND"), Map.entry("dong", "VND"), Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("pounds", "GBP"), Map.entry("krw", "KRW"), Map.entry("₩", "KRW"),
            Map.entry("won", "KRW"), Map.entry("thb", "THB"), Map.entry("baht", "THB"), Map.entry("myr", "MYR"),
            Map.entry("rm", "MYR"), Map.entry("ringgit", "MYR"), Map.entry("rp", "IDR"), Map.entry("idr", "IDR"),
            Map.entry("rupiah", "IDR"), Map.entry("sgd", "SGD"), Map.entry("php", "PHP"), Map.entry("₱", "PHP"),
            Map.entry("pesos", "PHP"), Map.entry("inr", "INR"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
            Map.entry("rupees", "INR"), Map.entry("₹", "INR"), Map.entry("us $", "USD"), Map.entry("a$", "AUD"),
            Map.entry("au$", "AUD"), Map.entry("aud", "AUD"), Map.entry("australian dollars", "AUD"),
            Map.entry("singapore dollars", "SGD"), Map.entry("hkd", "HKD"), Map.entry("hong kong dollars", "HKD"),
            Map.entry("nt$", "TWD"), Map.entry("ntd", "TWD"), Map.entry("twd", "TWD"), Map.entry("taiwan dollars", "TWD"),
            Map.entry("new taiwan dollars", "TWD"), Map.entry("nz$", "NZD"), Map.entry("tk", "BDT"), Map.entry("taka", "BDT"),
            Map.entry("p", "PHP"), Map.entry("w", "KRW"), Map.entry("bt", "THB"), Map.entry("u.s.$", "USD"),
            Map.entry("u.s. $", "USD"), Map.entry("u.s. dollars", "USD"), Map.entry("new zealand dollars", "NZD"),
            Map.entry("chinese yuan", "CNY"), Map.entry("korean won", "KRW"), Map.entry("japanese yen", "JPY"),
            Map.entry("thai baht", "THB"), Map.entry("malaysian ringgit", "MYR"), Map.entry("indian rupees", "INR"),
            Map.entry("philippine pesos", "PHP"), Map.entry("indonesian rupiah", "IDR"), Map.entry("vietnamese dong", "VND")));
    /** One-letter codes that are currencies only capitalised, glued to a number and with a scale: "P2.5 billion", "W500 billion"; "P3", "W3" are names or grades. */
    private static final Set<String> LETTER_CODES = Set.of("P", "W");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    @Override
    public String name() {
        return "normalise-money";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Layer<MoneyMention> produces() {
        return Layers.MONEY;
    }

    @Override
    public List<MoneyMention> annotate(AnnotatedDocument document) {
        String text = document.text();
        List<Token> tokens = document.get(Layers.TOKENS);
        List<MoneyMention> out = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        // Only the text around numbers can hold a sum: match there, not across the whole article.
        Matcher before = BEFORE.matcher(text);
        Matcher after = AFTER.matcher(text);
        int done = 0;
        for (Token t : tokens) {
            boolean spelled = SpelledSums.startsNumber(t.folded());
            if (!gluedToCode(t) && (!t.isNumber() && !WORD_NUMBERS.contains(t.folded()) && !spelled || t.end() <= done
                    || !currencyNear(tokens, t.index()))) {
                continue;
            }
            SpelledSums.Sum sum = spelled ? SpelledSums.at(tokens, t.index(), CODES::get) : null;
            if (sum != null) {
                Span span = new Span(t.start(), tokens.get(sum.end() - 1).end());
                taken.add(span);
                out.add(new MoneyMention(sum.first(), sum.end(), span, new Money(sum.amount(),
                        Currency.getInstance(sum.currency())), parenthetical(text, span.start())));
                done = span.end();
                continue;
            }
            int from = Math.max(done, t.start() - 16);
            // A new sum starts at or after the window: those ending before it can no longer overlap one,
            // and checking against every sum of the document made long documents quadratic.
            taken.removeIf(span -> span.end() <= from);
            int to = Math.min(text.length(), t.end() + 40);
            collect(before.region(from, to), BEFORE_GROUPS, tokens, text, out, taken);
            collect(after.region(from, to), AFTER_GROUPS, tokens, text, out, taken);
            done = t.end();
        }
        out.sort(java.util.Comparator.comparingInt(MoneyMention::firstToken));
        return out;
    }

    /** Where a pattern keeps the parts of a sum; 0 for a part it has not. */
    private record Groups(int currency, int number, int scale, int restNumber, int restScale) {
    }

    private static final Groups BEFORE_GROUPS = new Groups(1, 2, 3, 0, 0);
    private static final Groups AFTER_GROUPS = new Groups(5, 1, 2, 3, 4);

    private static void collect(Matcher m, Groups g, List<Token> tokens, String text, List<MoneyMention> out,
            List<Span> taken) {
        int currencyGroup = g.currency();
        int numberGroup = g.number();
        int scaleGroup = g.scale();
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (taken.stream().anyMatch(s -> s.overlaps(span)) || m.hitEnd() && m.regionEnd() < text.length()) {
                // a match that reaches the end of the window may have lost its scale ("US $ 770.11| million")
                continue;
            }
            String code = CODES.get(m.group(currencyGroup).toLowerCase(Locale.ROOT).replace(" ", " "));
            BigDecimal amount = amount(m.group(numberGroup), m.group(scaleGroup));
            if (amount != null && g.restNumber() > 0 && m.group(g.restNumber()) != null) {
                amount = amount.add(amount(m.group(g.restNumber()), m.group(g.restScale())));
            }
            if (code == null || amount == null || amount.signum() <= 0) {
                continue;
            }
            if (m.group(currencyGroup).length() == 1 && Character.isLetter(m.group(currencyGroup).charAt(0))
                    && (m.group(scaleGroup) == null || !LETTER_CODES.contains(m.group(currencyGroup)))) {
                continue;
            }
            if (m.group(scaleGroup) == null && amount.compareTo(BigDecimal.valueOf(1000)) < 0
                    && Character.isLetter(m.group(numberGroup).charAt(0))) {
                continue;
            }
            int first = firstTokenEndingAfter(tokens, span.start());
            int end = first;
            while (end < tokens.size() && tokens.get(end).start() < span.end()) {
                end++;
            }
            if (first < 0 || end <= first) {
                continue;
            }
            taken.add(span);
            out.add(new MoneyMention(first, end, span, new Money(amount, Currency.getInstance(code)),
                    parenthetical(text, m.start())));
        }
    }

    private static final Set<String> WORD_NUMBERS = Words.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred");

    /** "RM6.7", "Rp450", "Rs3,100": a currency code and its number written as one word. */
    private static boolean gluedToCode(Token t) {
        String f = t.folded();
        int digit = 0;
        while (digit < f.length() && Character.isLetter(f.charAt(digit))) {
            digit++;
        }
        return digit > 0 && digit < f.length() && Character.isDigit(f.charAt(digit)) && CODES.containsKey(f.substring(0, digit));
    }

    private static boolean currencyNear(List<Token> tokens, int at) {
        for (int i = Math.max(0, at - 3); i < Math.min(tokens.size(), at + 5); i++) {
            String f = tokens.get(i).folded();
            if (CODES.containsKey(f) || f.equals("us") || f.equals("dollar") || f.equals("hk") || f.equals("s")
                    || f.length() == 1 && !Character.isLetterOrDigit(f.charAt(0)) && "$¥€£₩₱₹".indexOf(f.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "(about US$ 62 million)": a conversion in brackets just before the sum. */
    private static boolean parenthetical(String text, int start) {
        // Only the few characters before the sum are read: searching back to the text's start cost a pass per sum.
        for (int i = Math.min(start, text.length() - 1); i > start - 12 && i >= 0; i--) {
            if (text.charAt(i) == ')') {
                return false;
            }
            if (text.charAt(i) == '(') {
                return start > 0;
            }
        }
        return false;
    }

    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < tokens.size() ? lo : -1;
    }

    static BigDecimal amount(String number, String scale) {
        BigDecimal value;
        String n = number.toLowerCase(Locale.ROOT);
        int word = WORDS.indexOf(n);
        if (n.equals("a")) {
            value = BigDecimal.ONE;
        } else if (word >= 0) {
            value = BigDecimal.valueOf(word);
        } else if (Character.isDigit(n.charAt(0))) {
            value = new BigDecimal(n.contains(", ") ? n.replace(", ", ".") : n.replace(",", ""));
        } else {
            return null;
        }
        if (scale == null) {
            return value;
        }
        BigDecimal scaled = switch (scale.toLowerCase(Locale.ROOT)) {
            case "thousand" -> value.multiply(BigDecimal.valueOf(1_000L));
            case "crore", "cr" -> value.multiply(BigDecimal.valueOf(10_000_000L));
            case "million", "mil", "mln", "mn", "m" -> value.multiply(BigDecimal.valueOf(1_000_000L));
            case "billion", "bil", "bln", "bn", "b" -> value.multiply(BigDecimal.valueOf(1_000_000_000L));
            case "trillion", "tn", "trn" -> value.multiply(BigDecimal.valueOf(1_000_000_000_000L));
            case "lakh" -> value.multiply(BigDecimal.valueOf(100_000L));
            case "thousand crore" -> value.multiply(BigDecimal.valueOf(10_000_000_000L));
            case "lakh crore" -> value.multiply(BigDecimal.valueOf(1_000_000_000_000L));
            default -> value;
        };
        return scaled.stripTrailingZeros();
    }
}
