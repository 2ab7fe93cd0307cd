package org.tsunagu.web.partner;

import java.util.List;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.StatedInterest;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;

/**
 * Obihiro's sister city Ulsan, Ulsan's sister city Da Lat, and what Obihiro and Da Lat say they are
 * interested in: Da Lat is the partner to suggest to Obihiro.
 */
public final class SisterCities {

    private SisterCities() {
    }

    public static Extraction report() {
        Articles article = Articles.article("obihiro-ulsan", "Obihiro and Ulsan have been sister cities since 2001. "
                + "Ulsan and Da Lat have been sister cities since 2012. "
                + "Obihiro is interested in dairy farming and flower growing. "
                + "Da Lat wants to cooperate in flower growing and eco-tourism.");
        Extraction facts = article.with(
                article.friendship("sister cities since 2001", PartialDate.ofYear(2001), article.place("Obihiro"),
                        article.place("Ulsan")),
                article.friendship("sister cities since 2012", PartialDate.ofYear(2012), article.place("Ulsan"),
                        article.place("Da Lat")));
        List<StatedInterest> interests = List.of(
                new StatedInterest(article.place("Obihiro"), List.of("dairy farming", "flower growing"), List.of(),
                        article.evidence("interested in")),
                new StatedInterest(article.place("Da Lat"), List.of("flower growing", "eco-tourism"), List.of(),
                        article.evidence("wants to cooperate")));
        return new Extraction(facts.document(), facts.documentDate(), facts.facts(), interests);
    }
}
