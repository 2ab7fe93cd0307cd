package org.tsunagu.web.export;

import java.util.ArrayList;
import java.util.List;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;

/** Articles of ten agreements each, every one a different real fact: a firm of its own with ten provinces. */
final class ManyAgreements {

    static final int PER_ARTICLE = 10;

    private ManyAgreements() {
    }

    /** Stores articles until the knowledge base holds at least {@code facts} agreements. */
    static void store(Database database, int facts) {
        List<Extraction> batch = new ArrayList<>();
        for (int article = 0; article * PER_ARTICLE < facts; article++) {
            batch.add(article(article));
            if (batch.size() == 200) {
                database.saveAll(batch);
                batch.clear();
            }
        }
        database.saveAll(batch);
    }

    static Extraction article(int number) {
        String firm = "Firm " + number + " Trading";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PER_ARTICLE; i++) {
            text.append(firm).append(" and Province ").append((char) ('A' + i)).append(" signed agreement ")
                    .append(number).append('-').append(i).append(". ");
        }
        Articles article = Articles.article("many-" + number, text.toString());
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < PER_ARTICLE; i++) {
            facts.add(article.mou("agreement " + number + "-" + i, PartialDate.ofYear(2020),
                    article.organisation(firm), article.place("Province " + (char) ('A' + i))));
        }
        return article.with(facts.toArray(Fact[]::new));
    }
}
