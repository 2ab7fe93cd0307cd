package org.tsunagu.web.api;

/** A route the server answers: an HTTP method and a path as registered ({@code /api/facts/{id}}). */
public record Route(String method, String path) {
}
