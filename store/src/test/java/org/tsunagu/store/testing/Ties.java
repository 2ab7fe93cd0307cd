package org.tsunagu.store.testing;

import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;

/**
 * A small network for explore tests: Da Nang's friendship cities with their years, a person
 * holding a title there, and a chain Kanazawa — Da Nang — Sakai — JETRO for paths.
 */
public final class Ties {

    public static final String DA_NANG_TEXT = "Da Nang and Sakai have been sister cities since 1997. "
            + "Da Nang signed friendship ties with Kanazawa in 2016. "
            + "Tran Minh Quan, Chairman of the Da Nang People's Committee, visited Kanazawa. "
            + "JETRO signed an MOU with Sakai in 2020.";

    private Ties() {
    }

    /** Two friendships of Da Nang (Sakai 1997, Kanazawa 2016), a role, a visit and an MOU of Sakai with JETRO. */
    public static Extraction daNang() {
        Articles article = Articles.article("da-nang-ties", DA_NANG_TEXT);
        return article.with(
                article.friendship("sister cities", PartialDate.ofYear(1997), article.place("Da Nang"),
                        article.place("Sakai")),
                article.friendship("friendship ties", PartialDate.ofYear(2016), article.place("Da Nang"),
                        article.place("Kanazawa")),
                article.role(article.person("Tran Minh Quan"), "Chairman",
                        article.organisation("Da Nang People's Committee")),
                article.visit("visited", article.place("Kanazawa"), article.person("Tran Minh Quan")),
                article.mou("MOU", PartialDate.ofYear(2020), article.organisation("JETRO"), article.place("Sakai")));
    }
}
