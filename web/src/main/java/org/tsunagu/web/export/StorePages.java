package org.tsunagu.web.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.IntFunction;
import org.tsunagu.model.fact.FactType;
import org.tsunagu.store.Database;
import org.tsunagu.store.fact.Page;
import org.tsunagu.store.knowledge.KnowledgeFact;
import org.tsunagu.store.knowledge.KnowledgeQuery;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.resolution.EntityQuery;

/**
 * The whole knowledge base read one page at a time, so an export of any size holds one page in
 * memory. Rejected facts are left out, as everywhere a person did not ask for them. A page is
 * read when the one before is used up: what is stored meanwhile may be seen or not.
 */
final class StorePages {

    private StorePages() {
    }

    static Iterable<KnowledgeFact> facts(Database database, Optional<FactType> type) {
        KnowledgeQuery query = KnowledgeQuery.all().withType(type.orElse(null)).withLimit(KnowledgeQuery.MAX_LIMIT);
        return () -> new Pages<>(offset -> database.knowledgeFacts(query.withOffset(offset)));
    }

    static Iterable<Entity> entities(Database database) {
        EntityQuery query = EntityQuery.all().withLimit(EntityQuery.MAX_LIMIT);
        return () -> new Pages<>(offset -> database.entities(query.withOffset(offset)));
    }

    private static final class Pages<T> implements Iterator<T> {

        private final IntFunction<Page<T>> read;
        private List<T> page = List.of();
        private int index;
        private int offset;
        private boolean last;

        Pages(IntFunction<Page<T>> read) {
            this.read = read;
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            page = read.apply(offset).items();
            index = 0;
            offset += page.size();
            last = page.isEmpty();
            return !page.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(index++);
        }
    }
}
