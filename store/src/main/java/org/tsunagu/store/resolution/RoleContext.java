package org.tsunagu.store.resolution;

import org.tsunagu.model.fact.Role;

/**
 * What tells one person from another who shares a family name: the title (words folded, so
 * "Governor" and "governor" agree and "Vice Governor" stays apart) and the resolved entity it is
 * held at, so "Gunma Prefecture", "Gunma" and "群馬県" agree while Gunma's government stays
 * another organisation than Gunma.
 */
record RoleContext(String family, String title, long organisation) {

    static RoleContext of(String family, Role role, long organisation) {
        return new RoleContext(family, Names.clean(role.title()), organisation);
    }
}
