package org.tsunagu.store.testing;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.time.PartialDate;

/**
 * One story re-posted by several outlets, each copy with its own first line and footer, and the
 * agreement each copy states; and another story about the same two cities.
 */
public final class Copies {

    public static final String STORY = "Sapporo and Quezon City signed a memorandum of understanding on winter sports "
            + "and food trade at a ceremony in Sapporo on Monday. The agreement covers exchanges of coaches, joint "
            + "promotion of local produce and a study of direct charter flights. Officials from both cities said the "
            + "first group of young skaters would travel to Hokkaido next winter, and that food companies would be "
            + "invited to a trade fair in the Philippines. The city councils are expected to approve a budget for the "
            + "programme before the end of the fiscal year.";
    public static final String OTHER_STORY = "Quezon City sent a delegation of farmers and chefs to Sapporo this week "
            + "to learn how the Hokkaido capital markets its dairy and seafood. The visitors toured a cheese maker, a "
            + "fish market and a cooking school, and met officials of the city's tourism bureau. Organisers said the "
            + "trip was paid for by a private foundation and that no agreement was planned. A similar group from "
            + "Sapporo is due to visit Manila in the spring, when a food festival will be held in Quezon City.";

    private Copies() {
    }

    /** {@code count} copies of {@link #STORY}, named "outlet-1" and on, each published by its own outlet ("Outlet 1 News"). */
    public static List<Extraction> ofStory(int count) {
        List<Extraction> copies = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String text = "Re-posted by Outlet " + i + " News.\n" + STORY + "\nCopyright Outlet " + i + " News.";
            copies.add(mou(Articles.article("outlet-" + i, text)
                    .publishedBy(DocumentInfo.NONE.withOutlet("Outlet " + i + " News"))));
        }
        return copies;
    }

    /** {@link #OTHER_STORY}, with the visit it states. */
    public static Extraction otherStory() {
        Articles article = Articles.article("other-story", OTHER_STORY);
        return article.with(article.visit("delegation", article.place("Sapporo"), article.place("Quezon City")));
    }

    private static Extraction mou(Articles article) {
        return article.with(article.mou("signed", PartialDate.ofYear(2025), article.place("Sapporo"),
                article.place("Quezon City")));
    }
}
