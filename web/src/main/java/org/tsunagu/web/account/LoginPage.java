package org.tsunagu.web.account;

/** The sign-in form: its CSRF token, where to go afterwards, the name typed, and what went wrong. */
record LoginPage(String csrf, String next, String name, String error) {

    static LoginPage blank(String csrf, String next) {
        return new LoginPage(csrf, next, "", "");
    }

    LoginPage withError(String message) {
        return new LoginPage(csrf, next, name, message);
    }
}
