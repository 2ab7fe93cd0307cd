package org.tsunagu.web.export;

import java.util.Optional;
import org.tsunagu.model.document.DocumentInfo;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.Database;
import org.tsunagu.store.testing.Articles;

/** An agreement reported by an article whose file said who published it, where and when. */
final class Published {

    static final DocumentInfo GAZETTE = new DocumentInfo(Optional.of("Port Aurel and Isla Verde sign ferry pact"),
            Optional.of("Coastline Gazette"), Optional.of("https://gazette.example/news/ferry-pact"), Optional.of("en"),
            Optional.of(PartialDate.ofDay(2025, 4, 2)));

    private Published() {
    }

    static void store(Database database) {
        Articles article = Articles.article("ferry-pact", "Port Aurel signed an MOU with Isla Verde on Monday.")
                .publishedBy(GAZETTE);
        database.save(article.with(article.mou("signed", PartialDate.ofYear(2025), article.place("Port Aurel"),
                article.place("Isla Verde"))));
    }
}
