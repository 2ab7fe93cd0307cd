package org.tsunagu.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders a precompiled template as the response's HTML. */
public final class HtmlPages {

    private HtmlPages() {
    }

    public static void render(Context ctx, TemplateEngine templates, String template, Object page) {
        StringOutput html = new StringOutput();
        templates.render(template, page, html);
        ctx.contentType("text/html; charset=utf-8").result(html.toString());
    }
}
