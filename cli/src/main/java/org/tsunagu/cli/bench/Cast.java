package org.tsunagu.cli.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.tsunagu.cli.bench.Localities.Locality;

/**
 * Who and what one generated article is about: a Japanese locality and a partner abroad, an
 * official of each, a Japanese company, the day things happened and the sums involved.
 */
record Cast(Locality home, Locality partner, Official homeOfficial, Official partnerOfficial, Company company,
        LocalDate date, int participants, int year) {

    /** A person with the title and body an article names them by ("Vice Governor of Gifu"). */
    record Official(String name, String title, String body) {

        String titled() {
            return title + " of " + body + " " + name;
        }
    }

    /** A company, what it makes, and the Japanese place it comes from. */
    record Company(String name, String products, String base) {
    }

    static Cast draw(Localities localities, SplittableRandom random) {
        Locality home = localities.japanese(random);
        Locality partner = localities.partner(random);
        int industry = random.nextInt(Lexicon.INDUSTRIES.size());
        Company company = new Company(Lexicon.pick(random, Lexicon.COMPANY_STEMS) + " "
                + Lexicon.INDUSTRIES.get(industry), Lexicon.PRODUCTS.get(industry), home.name());
        LocalDate date = LocalDate.of(2016 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Cast(home, partner, homeOfficial(home, random), partnerOfficial(partner, random), company, date,
                20 + random.nextInt(280), 1975 + random.nextInt(45));
    }

    private static Official homeOfficial(Locality home, SplittableRandom random) {
        boolean deputy = random.nextBoolean();
        String name = Lexicon.naming("JP").person(random);
        if (home.isCity()) {
            return new Official(name, deputy ? "Deputy Mayor" : "Mayor", home.name());
        }
        return new Official(name, deputy ? "Vice Governor" : "Governor", home.name() + " Prefecture");
    }

    private static Official partnerOfficial(Locality partner, SplittableRandom random) {
        String name = Lexicon.naming(partner.country()).person(random);
        if (partner.country().equals("VN")) {
            String committee = partner.isCity() ? partner.name() + " City People's Committee"
                    : partner.name() + " provincial People's Committee";
            return new Official(name, random.nextBoolean() ? "Chairman" : "Vice Chairman", "the " + committee);
        }
        if (partner.isCity()) {
            return new Official(name, random.nextBoolean() ? "Mayor" : "Vice Mayor", partner.name());
        }
        return new Official(name, random.nextBoolean() ? "Governor" : "Vice Governor", partner.name());
    }

    /** A sum in the partner's currency or in dollars, as business news writes it ("VND 420 billion"). */
    String amount(SplittableRandom random) {
        int small = 5 + random.nextInt(295);
        int large = 20 + random.nextInt(880);
        return switch (random.nextInt(3) == 0 ? "US" : partner.country()) {
            case "VN" -> "VND " + large + " billion";
            case "CN" -> "RMB " + small + " million";
            case "KR" -> "KRW " + large / 10 + " billion";
            case "TH" -> large + " million baht";
            case "ID" -> "Rp " + large + " billion";
            case "IN" -> "INR " + large * 5 + " crore";
            case "PH" -> "PHP " + small / 10 + "." + small % 10 + " billion";
            default -> random.nextBoolean() ? "US$" + small + " million" : small + " million USD";
        };
    }
}
