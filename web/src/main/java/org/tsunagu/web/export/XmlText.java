package org.tsunagu.web.export;

/**
 * Text that XML 1.0 can hold. Escaping makes markup harmless but cannot express a control
 * character such as U+0001, which makes a document malformed; article text may carry one.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String legal(String text) {
        StringBuilder legal = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && legal == null) {
                legal = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && legal != null) {
                legal.appendCodePoint(c);
            }
            i += width;
        }
        return legal == null ? text : legal.toString();
    }
}
