package org.tsunagu.web.export;

/**
 * Cell text that a spreadsheet shows as text. Excel, LibreOffice and Google Sheets run a cell that
 * begins with {@code = + - @} (or a tab or carriage return before one) as a formula, so a name
 * written into an article by an attacker could run one on the reader's machine (OWASP's "CSV
 * injection"). A leading apostrophe makes them show the text instead.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
