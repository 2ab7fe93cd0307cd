package org.tsunagu.store.knowledge;

import java.util.List;
import java.util.Map;

/** Documents that disagree on one field of a fact ("date"): each value with the documents that give it. */
public record Conflict(String field, Map<String, List<String>> documentsByValue) {
}
