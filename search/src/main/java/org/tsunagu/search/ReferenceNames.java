package org.tsunagu.search;

import java.util.List;
import org.tsunagu.reference.ReferencePlace;
import org.tsunagu.reference.ReferencePlaces;
import org.tsunagu.store.feed.FeedEntity;

/**
 * Every name the reference data gives the place an entity is, so that a place is found by names
 * no article used: its own language's ("Hà Nội"), Japanese, Chinese and Korean ("ハノイ", "大阪"),
 * one-word and abbreviated spellings ("Danang", "HCMC") and former names ("Saigon", "Pusan").
 */
final class ReferenceNames {

    private ReferenceNames() {
    }

    static List<String> of(FeedEntity entity) {
        return entity.referenceId().flatMap(ReferencePlaces.standard()::byId).stream()
                .flatMap(place -> place.allNames().stream()).map(ReferencePlace.Name::text).distinct().toList();
    }
}
