package org.tsunagu.web.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.duplicates.DuplicateSuggestion;
import org.tsunagu.store.resolution.Entity;

/** Pairs of entities that may be one, the likeliest first, each with why and a way to compare and merge them. */
record DuplicatesPage(List<DuplicateSuggestion> suggestions, Optional<EntityType> type) {

    List<EntityType> types() {
        return List.of(EntityType.values());
    }

    boolean selected(EntityType option) {
        return type.filter(option::equals).isPresent();
    }

    static List<Entity> pair(DuplicateSuggestion suggestion) {
        return List.of(suggestion.first(), suggestion.second());
    }

    static String mergeLink(DuplicateSuggestion suggestion) {
        return "/entities/merge?a=" + suggestion.first().id() + "&b=" + suggestion.second().id();
    }

    static String score(DuplicateSuggestion suggestion) {
        return String.format(Locale.ROOT, "%.2f", suggestion.score());
    }
}
