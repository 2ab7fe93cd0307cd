package org.tsunagu.web.account;

import java.util.Optional;
import org.tsunagu.store.account.Account;
import org.tsunagu.store.account.Role;

/** The header's account menu: who is signed in, if anyone, and the token of the sign-out form. */
record AccountMenu(Optional<Account> account, String csrf) {

    boolean reviews() {
        return account.map(a -> a.role().includes(Role.EDITOR)).orElse(false);
    }

    boolean uploads() {
        return account.map(a -> a.role().includes(Role.ADMIN)).orElse(false);
    }
}
