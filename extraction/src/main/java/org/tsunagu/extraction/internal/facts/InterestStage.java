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
 * agreements' fields are; the partner regions are the places named after "with" or "from", or
 * first in the list. The subject is the place or organisation nearest before the cue in its clause
 * that is not a location ("in Hanoi", "visiting Seoul"); a negated statement ("is not interested
 * in") states no interest.
 */
public final class InterestStage implements Stage<StatedInterest> {

    /** Words that say the subject wishes for what follows: "wants to cooperate in". */
    private static final Set<String> WISHES = Words.of("wants", "want", "wanted", "hopes", "hope", "hoped", "wishes", "wish",
            "seeks", "seek", "seeking", "keen", "eager", "aims", "aim", "looks", "looking", "like", "ready", "willing");
    /** Verbs of working together that a wish governs: "cooperate in", "partner on". */
    private static final Set<String> TOGETHER = Words.of("cooperate", "cooperating", "collaborate", "collaborating",
            "partner", "partnering", "work", "working", "invest", "investing", "expand", "expanding");
    private static final Set<String> INVESTMENT = Words.of("investment", "investments", "investors", "investor", "capital");
    private static final Set<String> ATTRACT = Words.of("attract", "attracting", "attracts", "draw", "drawing");
    private static final Set<String> DELEGATIONS = Words.of("delegation", "delegations", "mission", "missions");
    private static final Set<String> OPENS_LIST = Words.of("in", "on", "into");
    private static final Set<String> NEGATIONS = Words.of("not", "n't", "never", "no", "neither", "nor");
    /** Prepositions before a place that say where, not who: "in Hanoi", "visiting Seoul". */
    private static final Set<String> LOCATIVE = Words.of("in", "at", "to", "from", "with", "visiting", "during", "for", "near",
            "across", "around");
    private static final Set<String> PARTNER_CUES = Words.of("with", "from");
    /** Words that end the clause a list of interests belongs to. */
    private static final Set<String> CLAUSE_ENDS = Words.of(".", ";", "said", "says", "while", "but", "which", "where",
            "during", "when", "that");
    /** Words before which the subject of an interest is not sought: "X said Y is interested in". */
    private static final Set<String> SUBJECT_BOUNDARIES = Words.of("said", "says", "told", "added", "noted", "that", ";");
    /** Words by which a clause refers back to a body: "said the city wants to". */
    private static final Set<String> BODY_WORDS = Words.of("city", "prefecture", "province", "region", "state", "county",
            "municipality", "town", "district", "company", "group", "firm", "agency", "chamber", "association");
    /** How far before "cooperate" a wish may stand: "wants to further cooperate". */
    private static final int WISH_WINDOW = 4;

    @Override
    public String name() {
        return "read-interests";
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
            Cue cue;
            int searchFrom = s.firstToken();
            while ((cue = nextCue(view, s, searchFrom)) != null) {
                if (cue.listStart() > 0) {
                    interest(view, s, cue).ifPresent(out::add);
                }
                searchFrom = cue.at() + 1;
            }
        }
        return out;
    }

    /** Where a cue stands and where the list of interests it opens begins (-1 when it opens none). */
    private record Cue(int at, int listStart) {
    }

    /** The next cue at or after {@code from}, or null. */
    private static Cue nextCue(DocumentView view, Sentence s, int from) {
        for (int i = from; i + 1 < s.endToken(); i++) {
            String f = view.f(i);
            String next = view.f(i + 1);
            if ((f.equals("interested") || f.equals("interest")) && next.equals("in")) {
                return new Cue(i, afterInterestedIn(view, s, i + 2));
            }
            if (TOGETHER.contains(f) && wished(view, s, i)) {
                return new Cue(i, opened(view, s, afterPartners(view, s, i + 1)));
            }
            if (ATTRACT.contains(f)) {
                int investment = investmentAfter(view, i);
                if (investment > 0) {
                    return new Cue(i, opened(view, s, afterPartners(view, s, investment + 1)));
                }
            }
            if (DELEGATIONS.contains(f) && (next.equals("in") || next.equals("on"))) {
                return new Cue(i, i + 2);
            }
        }
        return null;
    }

    /**
     * "interested in A and B", "interested in cooperating with Y on A", "interested in attracting
     * investment in A"; "interested in setting up offices" names an act, not a sector.
     */
    private static int afterInterestedIn(DocumentView view, Sentence s, int i) {
        String f = view.f(i);
        if (ATTRACT.contains(f) && investmentAfter(view, i) > 0) {
            return opened(view, s, afterPartners(view, s, investmentAfter(view, i) + 1));
        }
        if (TOGETHER.contains(f)) {
            return opened(view, s, afterPartners(view, s, i));
        }
        return AgreementFields.isAction(f) ? -1 : i;
    }

    /** The token of "investment" right after "attract" or one word later ("attract Japanese investment"), or -1. */
    private static int investmentAfter(DocumentView view, int attract) {
        for (int k = attract + 1; k <= attract + 2; k++) {
            if (INVESTMENT.contains(view.f(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The list's start after "in", "on" or "into" at {@code i}, or -1 when none opens there. */
    private static int opened(DocumentView view, Sentence s, int i) {
        return i + 1 < s.endToken() && OPENS_LIST.contains(view.f(i)) ? i + 1 : -1;
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

    private static Optional<StatedInterest> interest(DocumentView view, Sentence s, Cue cue) {
        DocumentView.Actor subject = subject(view, s, cue.at());
        if (subject == null || negated(view, subject.endToken(), cue.at())) {
            return Optional.empty();
        }
        int clauseEnd = clauseEnd(view, s, cue.listStart());
        List<String> sectors = AgreementFields.list(view, s, cue.listStart());
        Set<EntityRef> regions = new LinkedHashSet<>();
        for (DocumentView.Actor a : view.actors(s)) {
            boolean place = a.mention().is(Mention.Type.PLACE) && !a.ref().name().equals(subject.ref().name());
            boolean named = a.firstToken() > subject.endToken() && a.firstToken() < clauseEnd
                    && (PARTNER_CUES.contains(view.f(a.firstToken() - 1)) || a.firstToken() == cue.listStart());
            if (place && named) {
                regions.add(a.ref());
            }
        }
        if (sectors.isEmpty() && regions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatedInterest(subject.ref(), sectors, List.copyOf(regions),
                view.evidence(s, subject.firstToken(), cue.listStart())));
    }

    /**
     * The place or organisation nearest before the cue in its clause, skipping places named as
     * locations, or else, when the clause refers back to a body ("said the city wants"), the one
     * before "said"; none when that is a group
     * ("Japanese importers are interested in") or there is none.
     */
    private static DocumentView.Actor subject(DocumentView view, Sentence s, int cue) {
        int clauseStart = s.firstToken();
        for (int k = cue - 1; k >= s.firstToken(); k--) {
            if (SUBJECT_BOUNDARIES.contains(view.f(k))) {
                clauseStart = k + 1;
                break;
            }
        }
        DocumentView.Actor nearest = nearestBefore(view, s, clauseStart, cue);
        if (nearest == null && clauseStart > s.firstToken() && view.f(clauseStart).equals("the")
                && BODY_WORDS.contains(view.f(clauseStart + 1))) {
            // "the mayor of Gyeongju said the city wants to": the speaker's body, when the clause names none
            nearest = nearestBefore(view, s, s.firstToken(), clauseStart);
        }
        boolean body = nearest != null
                && (nearest.mention().is(Mention.Type.PLACE) || nearest.mention().is(Mention.Type.ORGANISATION));
        return body ? nearest : null;
    }

    private static DocumentView.Actor nearestBefore(DocumentView view, Sentence s, int from, int to) {
        DocumentView.Actor nearest = null;
        for (DocumentView.Actor a : view.actors(s)) {
            if (a.firstToken() >= from && a.endToken() <= to && !LOCATIVE.contains(view.f(a.firstToken() - 1))) {
                nearest = a;
            }
        }
        return nearest;
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
