package org.tsunagu.store.account;

/** A change to the accounts that cannot be made, with the reason in words a person can act on. */
public final class AccountException extends RuntimeException {

    AccountException(String message) {
        super(message);
    }
}
