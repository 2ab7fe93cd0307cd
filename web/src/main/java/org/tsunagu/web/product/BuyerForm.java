package org.tsunagu.web.product;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.product.BuyerDraft;
import org.tsunagu.store.product.BuyerSource;
import org.tsunagu.web.InvalidRequestException;

/**
 * The buyer form as the editor filled it in, kept as typed so that a form sent back with errors
 * shows what was entered; {@code entity} links the buyer to an organisation proposed from the facts.
 */
public record BuyerForm(String name, String entity, List<String> channels, String categories, String regions) {

    public BuyerForm {
        channels = List.copyOf(channels);
    }

    static BuyerForm empty() {
        return new BuyerForm("", "", List.of(), "", "");
    }

    static BuyerForm of(Context ctx) {
        return new BuyerForm(text(ctx.formParam("name")), text(ctx.formParam("entity")), ctx.formParams("channel"),
                text(ctx.formParam("categories")), text(ctx.formParam("regions")));
    }

    public boolean checked(SalesChannel channel) {
        return channels.contains(channel.code());
    }

    /** @throws InvalidRequestException for a channel or an entity that no form of this page sends */
    BuyerDraft draft() {
        List<SalesChannel> chosen = new ArrayList<>();
        for (String code : channels) {
            chosen.add(Coded.fromCode(SalesChannel.class, code)
                    .orElseThrow(() -> new InvalidRequestException("unknown channel: " + code)));
        }
        Optional<Long> linked;
        try {
            linked = entity.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(entity.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("entity must be an entity id: " + entity);
        }
        return new BuyerDraft(name, linked, chosen, BuyerDraft.split(categories), BuyerDraft.split(regions),
                linked.isPresent() ? BuyerSource.FACTS : BuyerSource.EDITOR);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
