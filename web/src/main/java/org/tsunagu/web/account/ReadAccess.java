package org.tsunagu.web.account;

/** Who may read: anyone (published open data), or only people signed in. Writing always needs a role. */
public enum ReadAccess {
    OPEN,
    PRIVATE
}
