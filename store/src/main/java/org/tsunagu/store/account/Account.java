package org.tsunagu.store.account;

/** A local account: its name, its role and when it was made (ISO 8601). */
public record Account(long id, String name, Role role, String createdAt) {
}
