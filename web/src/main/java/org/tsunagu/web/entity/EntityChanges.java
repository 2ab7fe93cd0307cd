package org.tsunagu.web.entity;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.tsunagu.model.Coded;
import org.tsunagu.model.entity.EntityType;
import org.tsunagu.store.Database;
import org.tsunagu.store.audit.AuditEntry;
import org.tsunagu.store.resolution.Entity;
import org.tsunagu.store.review.CurationException;
import org.tsunagu.store.review.Operation;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.account.Visitor;

/** What the entity forms and the entity API share: finding the entities a request names, and applying a change. */
final class EntityChanges {

    private final Database database;

    EntityChanges(Database database) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    /** Applies the operation as the signed-in person; one that does not apply is a 400 saying why. */
    AuditEntry apply(Context ctx, Operation operation) {
        try {
            return database.apply(operation, Visitor.of(ctx).name());
        } catch (CurationException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    Entity live(long id) {
        return database.entity(id).orElseThrow(() -> new NotFoundException("no entity " + id));
    }

    /** A place typed by name or id; nothing typed puts the place at the top of the hierarchy. */
    OptionalLong place(String typed) {
        return typed == null || typed.isBlank() ? OptionalLong.empty()
                : OptionalLong.of(EntityNamed.in(database, "parent", typed, Optional.of(EntityType.PLACE)));
    }

    static EntityType type(String code) {
        return Coded.fromCode(EntityType.class, code == null ? "" : code.strip())
                .orElseThrow(() -> new InvalidRequestException("unknown type '" + code + "'; expected one of "
                        + String.join(", ", Arrays.stream(EntityType.values()).map(Coded::code).toList())));
    }
}
