package org.tsunagu.web.review;

import java.util.List;

/** The upload page: a file, or a pasted article with the values typed so far and what is wrong with them. */
record UploadForm(String csrf, PastedArticle pasted, List<String> problems) {

    UploadForm {
        problems = List.copyOf(problems);
    }

    static UploadForm empty(String csrf) {
        return new UploadForm(csrf, PastedArticle.EMPTY, List.of());
    }

    /** The longest title or outlet the form takes, for its fields' maxlength. */
    int maxNameChars() {
        return PastedArticle.MAX_NAME_CHARS;
    }
}
