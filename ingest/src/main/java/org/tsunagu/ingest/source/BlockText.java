package org.tsunagu.ingest.source;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with its block structure kept: paragraphs and headings end with a
 * blank line, other blocks and {@code <br>} with a line break, table cells with a gap. jsoup's own
 * {@code text()} joins everything into one line, which runs a headline into its first sentence
 * and lets a sentence splitter read across paragraphs.
 */
final class BlockText implements NodeVisitor {

    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
            "figure", "section", "article", "main", "hr", "address", "details");
    private static final Set<String> LINES = Set.of(
            "div", "li", "dt", "dd", "tr", "br", "figcaption", "caption", "summary", "header",
            "footer", "center", "fieldset", "legend", "body");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final StringBuilder text = new StringBuilder();
    /** Line breaks owed before the next text: 0, 1 (new line) or 2 (blank line). */
    private int pendingBreaks;
    private boolean pendingGap;
    private int preDepth;

    private BlockText() {
    }

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        return visitor.text.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode) {
            append((TextNode) node);
        } else if (node instanceof Element) {
            String tag = ((Element) node).normalName();
            if (tag.equals("pre")) {
                preDepth++;
            }
            owe(tag);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element) {
            String tag = ((Element) node).normalName();
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (!tag.equals("br")) {
                owe(tag);
            }
        }
    }

    private void owe(String tag) {
        if (PARAGRAPHS.contains(tag)) {
            pendingBreaks = 2;
        } else if (LINES.contains(tag)) {
            pendingBreaks = Math.max(pendingBreaks, 1);
        } else if (CELLS.contains(tag)) {
            pendingGap = true;
        }
    }

    private void append(TextNode node) {
        String words = preDepth > 0 ? node.getWholeText() : WHITESPACE.matcher(node.getWholeText()).replaceAll(" ");
        if (words.isBlank() && preDepth == 0) {
            // Whitespace between words still separates them; between blocks it is layout.
            if (!words.isEmpty() && pendingBreaks == 0 && endsWithWord()) {
                text.append(' ');
            }
            return;
        }
        if (pendingBreaks > 0 && text.length() > 0) {
            trimTrailingSpaces();
            text.append("\n".repeat(pendingBreaks));
            words = preDepth > 0 ? words : words.stripLeading();
        } else if (pendingGap && endsWithWord()) {
            text.append("  ");
        } else if (text.length() == 0 || text.charAt(text.length() - 1) == ' ') {
            words = preDepth > 0 ? words : words.stripLeading();
        }
        pendingBreaks = 0;
        pendingGap = false;
        text.append(words);
    }

    private boolean endsWithWord() {
        return text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private void trimTrailingSpaces() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text.setLength(end);
    }
}
