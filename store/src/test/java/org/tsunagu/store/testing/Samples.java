package org.tsunagu.store.testing;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.time.PartialDate;

/** Two small articles with facts of five kinds, for tests that need a store with something in it. */
public final class Samples {

    public static final String JETRO_TEXT = "JETRO signed an MOU with Chongqing Municipal Government on October 31. "
            + "The two sides will cooperate on trade.";
    public static final String DA_NANG_TEXT = "Đà Nẵng and Sakai have been sister cities since 1997. "
            + "Nguyen Van An, Chairman of the Đà Nẵng People's Committee, visited Sakai in May. "
            + "Japan invested 932 million USD in Vietnam.";

    private Samples() {
    }

    /** One agreement: "MOU: JETRO — Chongqing Municipal Government (2013-10-31)". */
    public static Extraction jetroChongqing() {
        Articles article = Articles.article("jetro-chongqing", JETRO_TEXT);
        return article.with(article.mou("signed", PartialDate.ofDay(2013, 10, 31),
                article.organisation("JETRO"), article.organisation("Chongqing Municipal Government")));
    }

    /** A relationship, a role, an event and an investment. */
    public static Extraction daNangSakai() {
        Articles article = Articles.article("da-nang-sakai", DA_NANG_TEXT);
        return article.with(
                article.friendship("sister cities", article.place("Đà Nẵng"), article.place("Sakai")),
                article.role(article.person("Nguyen Van An"), "Chairman",
                        article.organisation("Đà Nẵng People's Committee")),
                article.visit("visited", article.place("Sakai"), article.person("Nguyen Van An")),
                article.investment("932 million USD", article.place("Japan"), article.place("Vietnam"),
                        "932000000", "USD"));
    }

    /** Article {@code number} of a series: ten agreements, each in its own sentence. */
    public static Extraction numbered(int number) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append("Company").append(number % 50).append(" and Province").append(i)
                    .append(" signed agreement ").append(number).append('-').append(i).append(". ");
        }
        Articles article = Articles.article("article-" + number, text.toString());
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            facts.add(article.mou("agreement " + number + "-" + i, PartialDate.ofYear(2020),
                    article.organisation("Company" + number % 50), article.place("Province" + i)));
        }
        return article.with(facts.toArray(Fact[]::new));
    }
}
