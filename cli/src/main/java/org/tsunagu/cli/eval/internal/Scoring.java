package org.tsunagu.cli.eval.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores predictions against gold, document by document, by the rules of SCHEMA.md. Required gold
 * facts are paired first, by a maximum matching, so that neither the order of the files nor an
 * optional fact can take a prediction that a required fact needs; optional facts are then paired
 * with what is left. An unpaired required fact is missed; an unpaired prediction is spurious
 * unless it is one of the document's optional facts. Documents gold lacks are not scored.
 */
public final class Scoring {

    private final Map<EvalType, Counts> counts = new EnumMap<>(EvalType.class);
    private final SortedMap<String, AttributeAccuracy> attributes = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();

    private Scoring() {
    }

    public static Scores of(EvalSet gold, EvalSet predictions) {
        Scoring scoring = new Scoring();
        gold.documents().forEach((document, facts) -> scoring.score(document, facts, predictions.facts(document)));
        List<String> notInGold = predictions.documents().keySet().stream()
                .filter(document -> !gold.documents().containsKey(document)).sorted().toList();
        return new Scores(gold.documents().size(), scoring.counts, scoring.attributes, scoring.misses, notInGold);
    }

    private void score(String document, List<EvalFact> golds, List<EvalFact> facts) {
        List<EvalFact> predictions = facts.stream().filter(fact -> fact.type().isPresent()).toList();
        List<EvalFact> required = golds.stream().filter(g -> g.type().isPresent() && !g.optional()).toList();
        List<EvalFact> optional = golds.stream().filter(g -> g.type().isPresent() && g.optional()).toList();

        Set<Integer> paired = new HashSet<>();
        int[] partners = FactMatching.of(required, predictions, paired);
        for (int i = 0; i < required.size(); i++) {
            EvalFact gold = required.get(i);
            if (partners[i] < 0) {
                count(gold, new Counts(0, 0, 1));
                misses.add(new Miss(Miss.Kind.MISSED, document, gold));
            } else {
                count(gold, new Counts(1, 0, 0));
                scoreAttributes(gold, predictions.get(partners[i]));
                paired.add(partners[i]);
            }
        }
        int[] optionalPartners = FactMatching.of(optional, predictions, paired);
        for (int i = 0; i < optional.size(); i++) {
            if (optionalPartners[i] >= 0) {
                scoreAttributes(optional.get(i), predictions.get(optionalPartners[i]));
                paired.add(optionalPartners[i]);
            }
        }
        for (int i = 0; i < predictions.size(); i++) {
            EvalFact prediction = predictions.get(i);
            if (!paired.contains(i) && !isOptional(prediction, optional)) {
                count(prediction, new Counts(0, 1, 0));
                misses.add(new Miss(Miss.Kind.SPURIOUS, document, prediction));
            }
        }
    }

    /** An optional fact predicted again, when another prediction was already paired with it, is still no error. */
    private static boolean isOptional(EvalFact prediction, List<EvalFact> optional) {
        EvalType type = prediction.type().orElseThrow();
        return optional.stream().anyMatch(gold -> type.matches(gold, prediction));
    }

    private void count(EvalFact fact, Counts more) {
        counts.merge(fact.type().orElseThrow(), more, Counts::plus);
    }

    private void scoreAttributes(EvalFact gold, EvalFact prediction) {
        EvalType type = gold.type().orElseThrow();
        for (String field : type.attributes()) {
            OptionalDouble score = AttributeScore.of(field, gold, prediction);
            if (score.isPresent()) {
                attributes.merge(type.code() + "." + field, AttributeAccuracy.NONE.plus(score.getAsDouble()),
                        (sum, one) -> sum.plus(one.total()));
            }
        }
    }
}
