package org.tsunagu.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.tsunagu.model.fact.Extraction;
import org.tsunagu.model.fact.Fact;
import org.tsunagu.model.fact.FactType;

/**
 * What the tasks of one run tell the driver, through Spark accumulators: documents done (for
 * progress), the inputs that gave no document and why, and facts by type (for the summary), so
 * that none of them needs another pass over the output.
 */
final class JobCounters implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator done;
    private final CollectionAccumulator<String> failures;
    private final EnumMap<FactType, LongAccumulator> facts = new EnumMap<>(FactType.class);

    JobCounters(SparkContext context) {
        done = context.longAccumulator("documents done");
        failures = context.collectionAccumulator("failures");
        for (FactType type : FactType.values()) {
            facts.put(type, context.longAccumulator("facts: " + type.code()));
        }
    }

    void extracted(Extraction extraction) {
        done.add(1);
        for (Fact fact : extraction.facts()) {
            facts.get(fact.type()).add(1);
        }
    }

    void failed(String failure) {
        done.add(1);
        failures.add(failure);
    }

    long done() {
        return done.value();
    }

    List<String> failures() {
        List<String> sorted = new ArrayList<>(failures.value());
        sorted.sort(null);
        return sorted;
    }

    Map<String, Long> factsByType() {
        Map<String, Long> byType = new TreeMap<>();
        facts.forEach((type, count) -> byType.put(type.code(), count.value()));
        return byType;
    }
}
