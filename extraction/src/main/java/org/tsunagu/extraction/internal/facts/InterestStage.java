package org.tsunagu.extraction.internal.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tsunagu.extraction.internal.Layers;
import org.tsunagu.extraction.internal.mention.Mention;
import org.tsunagu.extraction.internal.pipeline.AnnotatedDocument;
import org.tsunagu.extraction.internal.pipeline.Layer;
import org.tsunagu.extraction.internal.pipeline.Stage;
import org.tsunagu.extraction.internal.text.Sentence;
import org.tsunagu.extraction.internal.text.Words;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.StatedInterest;

/**
 * The interests places and organisations state: "X is interested in A, B and C", "X expressed
 * interest in A", "X wants to cooperate in A and B", "X hopes to attract investment from Y in A",
 * "X called for a business delegation in A and B". The sectors are the list the cue opens, read as
 * agreements' fields are; the partner regions are the places named after "with" or "from", or in
 * the list. The subject is the first place or organisation before the cue that is not a location
 * ("in Hanoi", "visiting Seoul"); a negated statement ("is not interested in") states no interest.
 */
public final class InterestStage implements Stage<StatedInterest> {

    /** Words that say the subject wishes for what follows: "wants to cooperate in". */
    private static final Set<String> WISHES = Words.of("wants", "want", "wanted", "hopes", "hope", "hoped", "wishes", "wish",
            "seeks", "seek", "seeking", "keen", "eager", "aims", "aim", "looks", "looking", "like", "ready", "willing");
    /** Verbs of working together that a wish governs: "cooperate in", "partner on". */
    private static final Set<String> TOGETHER = Words.of("cooperate", "cooperating", "collaborate", "collaborating",
            "partner", "partnering", "work", "working", "invest", "investing", "expand", "expanding");
    private static final Set<String> INVESTMENT = Words.of("investment", "investments", "investors", "investor", "capital");
    private static final Set<String> DELEGATIONS = Words.of("delegation", "delegations", "mission", "missions");
    private static final Set<String> OPENS_LIST = Words.of("in", "on", "into");
    private static final Set<String> NEGATIONS = Words.of("not", "n't", "never", "no", "neither", "nor");
    /** Prepositions before a place that say where, not who: "in Hanoi", "visiting Seoul". */
    private static final Set<String> LOCATIVE = Words.of("in", "at", "to", "from", "with", "visiting", "during", "for", "near",
            "across", "around");
    private static final Set<String> PARTNER_CUES = Words.of("with", "from");
    /** Words that end the clause a list of interests belongs to. */
    private static final Set<String> CLAUSE_ENDS = Words.of(".", ";", "said", "says", "while", "but", "which", "where",
            "during", "when");
    /** How far before "cooperate" a wish may stand: "wants to further cooperate". */
    private static final int WISH_WINDOW = 4;

    @Override
    public String name() {
        return "interests";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FactStage.VIEW);
    }

    @Override
    public Layer<StatedInterest> produces() {
        return Layers.INTERESTS;
    }

    @Override
    public List<StatedInterest> annotate(AnnotatedDocument document) {
        DocumentView view = document.single(FactStage.VIEW);
        List<StatedInterest> out = new ArrayList<>();
        for (Sentence s : view.sentences) {
            int searchFrom = s.firstToken();
            int listStart;
            while ((listStart = nextList(view, s, searchFrom)) > 0) {
                interest(view, s, listStart).ifPresent(out::add);
                searchFrom = listStart;
            }
        }
        return out;
    }

    /** The token where the next list of interests at or after {@code from} begins, or -1. */
    private static int nextList(DocumentView view, Sentence s, int from) {
        for (int i = from; i + 1 < s.endToken(); i++) {
            String f = view.f(i);
            String next = view.f(i + 1);
            if ((f.equals("interested") || f.equals("interest")) && next.equals("in")) {
                return afterPartners(view, s, i + 2);
            }
            if (TOGETHER.contains(f) && wished(view, s, i)) {
                int open = afterPartners(view, s, i + 1);
                if (open < s.endToken() && OPENS_LIST.contains(view.f(open))) {
                    return open + 1;
                }
            }
            if (f.equals("attract") && INVESTMENT.contains(next)) {
                int open = afterPartners(view, s, i + 2);
                if (open < s.endToken() && OPENS_LIST.contains(view.f(open))) {
                    return open + 1;
                }
            }
            if (DELEGATIONS.contains(f) && (next.equals("in") || next.equals("on"))) {
                return i + 2;
            }
        }
        return -1;
    }

    /** Skips "with Y" or "from Y" (and "cooperating with Y") after a cue: the partner comes before the sectors. */
    private static int afterPartners(DocumentView view, Sentence s, int i) {
        if (i < s.endToken() && TOGETHER.contains(view.f(i))) {
            i++;
        }
        while (i < s.endToken() && PARTNER_CUES.contains(view.f(i))) {
            int partnerEnd = i + 1;
            for (DocumentView.Actor a : view.actors(s)) {
                if (a.firstToken() <= i + 2 && a.firstToken() > i) {
                    partnerEnd = Math.max(partnerEnd, a.endToken());
                }
            }
            if (partnerEnd == i + 1) {
                return i;
            }
            i = partnerEnd;
            if (i < s.endToken() && TOGETHER.contains(view.f(i))) {
                i++;
            }
        }
        return i;
    }

    /** "wants to cooperate", "is keen to work", "hopes to further expand": a wish shortly before the verb. */
    private static boolean wished(DocumentView view, Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.firstToken(), verb - WISH_WINDOW); k--) {
            if (WISHES.contains(view.f(k))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<StatedInterest> interest(DocumentView view, Sentence s, int listStart) {
        DocumentView.Actor subject = subject(view, s, listStart);
        if (subject == null || negated(view, subject.endToken(), listStart)) {
            return Optional.empty();
        }
        int clauseEnd = clauseEnd(view, s, listStart);
        List<String> sectors = AgreementFields.list(view, s, listStart);
        Set<EntityRef> regions = new LinkedHashSet<>();
        for (DocumentView.Actor a : view.actors(s)) {
            boolean place = a.mention().is(Mention.Type.PLACE) && !a.ref().name().equals(subject.ref().name());
            boolean named = a.firstToken() > subject.endToken() && a.firstToken() < clauseEnd
                    && (PARTNER_CUES.contains(view.f(a.firstToken() - 1)) || a.firstToken() >= listStart);
            if (place && named) {
                regions.add(a.ref());
            }
        }
        if (sectors.isEmpty() && regions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatedInterest(subject.ref(), sectors, List.copyOf(regions),
                view.evidence(s, subject.firstToken(), listStart)));
    }

    /** The first place or organisation before the list that is not named as a location. */
    private static DocumentView.Actor subject(DocumentView view, Sentence s, int listStart) {
        for (DocumentView.Actor a : view.actors(s)) {
            if (a.firstToken() >= listStart) {
                return null;
            }
            boolean body = a.mention().is(Mention.Type.PLACE) || a.mention().is(Mention.Type.ORGANISATION);
            if (body && !LOCATIVE.contains(view.f(a.firstToken() - 1))) {
                return a;
            }
        }
        return null;
    }

    private static boolean negated(DocumentView view, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEGATIONS.contains(view.f(i))) {
                return true;
            }
        }
        return false;
    }

    private static int clauseEnd(DocumentView view, Sentence s, int from) {
        for (int i = from; i < s.endToken(); i++) {
            if (CLAUSE_ENDS.contains(view.f(i))) {
                return i;
            }
        }
        return s.endToken();
    }
}
