package org.tsunagu.model.document;

/** A half-open range of character offsets [start, end) into a document's text. */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(other.end, end);
    }
}
