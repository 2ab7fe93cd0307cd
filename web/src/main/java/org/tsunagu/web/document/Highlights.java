package org.tsunagu.web.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tsunagu.model.document.Span;

/**
 * Cuts a text into segments at the edges of marked spans, so that a template can write each
 * segment as escaped text, inside a mark when some span covers it. Spans may overlap and nest; a
 * span outside the text is clipped to it. Nothing here writes markup: the text stays text.
 */
public final class Highlights {

    public static final String TRIGGER = "trigger";
    public static final String ARGUMENT = "argument";

    /** A marked span of the text: its kind ("trigger", "argument"), and the statement it belongs to. */
    public record Mark(Span span, String kind, long statement) {
    }

    /**
     * A piece of the text, the marks that cover it ({@code kind} and statement; none for plain
     * text), and {@code anchors}: the statements whose trigger starts here.
     */
    public record Segment(String text, List<Cover> covers, List<Long> anchors) {

        /** A mark of one kind of one statement over a segment. */
        public record Cover(String kind, long statement) {
        }

        public Segment {
            covers = List.copyOf(covers);
            anchors = List.copyOf(anchors);
        }

        public boolean marked() {
            return !covers.isEmpty();
        }

        /** The CSS classes of the mark: "argument trigger", the kinds in a fixed order. */
        public String classes() {
            return covers.stream().map(Cover::kind).distinct().sorted().collect(Collectors.joining(" "));
        }

        public Set<Long> statements() {
            return covers.stream().map(Cover::statement).collect(Collectors.toCollection(TreeSet::new));
        }

        public boolean covers(String kind, long statement) {
            return covers.contains(new Cover(kind, statement));
        }
    }

    private Highlights() {
    }

    /**
     * Segments of {@code text}, which starts at {@code offset} of the document the marks' spans
     * refer to (0 for a whole document, a sentence's start for one sentence).
     */
    public static List<Segment> of(String text, int offset, List<Mark> marks) {
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, text.length()));
        Map<Integer, Set<Long>> anchors = new HashMap<>();
        List<Mark> local = new ArrayList<>();
        for (Mark mark : marks) {
            int start = within(mark.span().start() - offset, text);
            int end = within(mark.span().end() - offset, text);
            if (mark.kind().equals(TRIGGER)) {
                anchors.computeIfAbsent(start, s -> new LinkedHashSet<>()).add(mark.statement());
                edges.add(start);
            }
            if (start < end) {
                local.add(new Mark(new Span(start, end), mark.kind(), mark.statement()));
                edges.add(start);
                edges.add(end);
            }
        }
        local.sort(Comparator.comparing(Mark::span));
        List<Mark> covering = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int next = 0;
        for (Integer from = edges.first(), to = edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            int here = from;
            covering.removeIf(mark -> mark.span().end() <= here);
            while (next < local.size() && local.get(next).span().start() == here) {
                covering.add(local.get(next++));
            }
            List<Segment.Cover> covers = covering.stream().map(mark -> new Segment.Cover(mark.kind(), mark.statement()))
                    .distinct().toList();
            List<Long> anchored = List.copyOf(anchors.getOrDefault(from, Set.of()));
            segments.add(new Segment(text.substring(from, to), covers, anchored));
        }
        return segments;
    }

    private static int within(int offset, String text) {
        return Math.max(0, Math.min(text.length(), offset));
    }
}
