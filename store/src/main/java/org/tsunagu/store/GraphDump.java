package org.tsunagu.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.FactLink;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeReader;
import org.tsunagu.store.knowledge.Source;
import org.tsunagu.store.report.Copy;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;
import org.tsunagu.store.resolution.EntityReader;

/** The graph as sorted lines naming things, not ids; confidence rounded past floating-point order effects. */
final class GraphDump {

    private GraphDump() {
    }

    static String of(Handle handle) {
        TreeSet<String> lines = new TreeSet<>();
        int offset = 0;
        while (true) {
            Page<Entity> page = EntityReader.find(handle, EntityQuery.all().withLimit(EntityQuery.MAX_LIMIT).withOffset(offset));
            for (Entity e : page.items()) {
                lines.add("entity | " + e.type().code() + " | " + e.name() + " | " + e.level().orElse("-") + " | in "
                        + e.parent().orElse("-") + " | governs " + e.governs().orElse("-") + " | " + e.mentions()
                        + " | " + new TreeSet<>(e.aliases()));
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        for (long id : KnowledgeReader.allIds(handle)) {
            KnowledgeFact f = KnowledgeReader.find(handle, id).orElseThrow();
            List<String> sources = new ArrayList<>();
            for (Source s : f.sources()) {
                List<String> copies = s.alsoPublishedBy().stream().map(Copy::name).toList();
                sources.add(s.document() + ": " + s.sentence() + " | also " + copies);
            }
            sources.sort(null);
            lines.add("fact | " + f.summary() + " | " + f.reviewState().code() + " | "
                    + String.format(Locale.ROOT, "%.6f", f.confidence()) + " | " + f.firstSeen().orElse("-") + " .. "
                    + f.lastSeen().orElse("-") + " | conflicts " + f.conflicts() + " | " + sources);
            for (FactLink link : f.links()) {
                if (link.relation() == FactLink.Relation.RENEWS) {
                    lines.add("link | " + f.summary() + " | renews | "
                            + KnowledgeReader.find(handle, link.other()).orElseThrow().summary());
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }
}
