package org.tsunagu.web.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tsunagu.model.Coded;
import org.tsunagu.model.fact.SalesChannel;
import org.tsunagu.store.Database;
import org.tsunagu.store.account.Role;
import org.tsunagu.store.product.BuyerDraft;
import org.tsunagu.store.product.BuyerProfile;
import org.tsunagu.store.product.BuyerProfileException;
import org.tsunagu.store.product.BuyerProfileJson;
import org.tsunagu.store.product.BuyerProposal;
import org.tsunagu.store.product.BuyerSource;
import org.tsunagu.store.product.ProductFilter;
import org.tsunagu.store.product.ProductLine;
import org.tsunagu.store.product.ProductMarket;
import org.tsunagu.store.watch.WatchKind;
import org.tsunagu.store.watch.Watchlist;
import org.tsunagu.web.HtmlPages;
import org.tsunagu.web.InvalidRequestException;
import org.tsunagu.web.NotFoundException;
import org.tsunagu.web.QueryParameters;
import org.tsunagu.web.account.AccessRole;
import org.tsunagu.web.account.Csrf;
import org.tsunagu.web.account.Visitor;

/**
 * Product lines and buyers: {@code /products} lists the lines, {@code /products/{id}} ranks the
 * buyers for one, {@code /buyers} lists the buyer profiles and lets an editor add one,
 * {@code /buyers/{id}} ranks the product lines for one; the API answers the same reads in JSON.
 * Matches count the places the signed-in user follows.
 */
public final class ProductRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final ProductMarket market;
    private final TemplateEngine templates;

    private ProductRoutes(Database database, TemplateEngine templates) {
        this.database = database;
        this.market = database.productMarket();
        this.templates = templates;
    }

    public static void addTo(Javalin app, Database database, TemplateEngine templates) {
        ProductRoutes routes = new ProductRoutes(database, templates);
        app.get("/products", routes::productsPage);
        app.get("/products/{id}", routes::productPage);
        app.get("/buyers", routes::buyersPage);
        app.post("/buyers", routes::addFromForm, AccessRole.EDITOR);
        app.get("/buyers/{id}", routes::buyerPage);
        app.get("/api/products", ctx -> ctx.json(ProductJson.lines(routes.market.productLines(filter(ctx)))));
        app.get("/api/products/{id}/buyers", ctx -> {
            ProductLine line = routes.line(ctx);
            ctx.json(ProductJson.buyersFor(line, routes.market.buyersFor(line, routes.followed(ctx))));
        });
        app.get("/api/buyers", ctx -> ctx.json(ProductJson.buyers(routes.market.buyers())));
        app.post("/api/buyers", routes::addFromJson, AccessRole.EDITOR);
        app.get("/api/buyers/{id}/products", ctx -> {
            BuyerProfile buyer = routes.buyer(ctx);
            ctx.json(ProductJson.linesFor(buyer, routes.market.productLinesFor(buyer, routes.followed(ctx))));
        });
    }

    private void productsPage(Context ctx) {
        ProductFilter filter = filter(ctx);
        HtmlPages.render(ctx, templates, "product/products.jte", new ProductsPage(market.productLines(filter), filter));
    }

    private void productPage(Context ctx) {
        ProductLine line = line(ctx);
        HtmlPages.render(ctx, templates, "product/product.jte", new ProductLinePage(line, market.buyersFor(line,
                followed(ctx)), Visitor.of(ctx).account().isPresent()));
    }

    private void buyerPage(Context ctx) {
        BuyerProfile buyer = buyer(ctx);
        Optional<String> entity = buyer.entity().flatMap(database::entity).map(e -> e.name());
        HtmlPages.render(ctx, templates, "product/buyer.jte", new BuyerPage(buyer, entity,
                market.productLinesFor(buyer, followed(ctx)), Visitor.of(ctx).account().isPresent()));
    }

    private void buyersPage(Context ctx) {
        BuyerForm form = QueryParameters.optionalId(ctx, "entity").map(this::proposed).orElse(BuyerForm.empty());
        renderBuyers(ctx, form, List.of());
    }

    /** The form filled in from an organisation the facts propose as a buyer. */
    private BuyerForm proposed(long entity) {
        BuyerProposal proposal = market.proposedBuyers().stream().filter(p -> p.entity() == entity).findFirst()
                .orElseThrow(() -> new NotFoundException("no organisation " + entity + " is proposed as a buyer"));
        return new BuyerForm(proposal.name(), String.valueOf(entity),
                proposal.channels().stream().map(SalesChannel::code).toList(), "", "");
    }

    private void renderBuyers(Context ctx, BuyerForm form, List<String> problems) {
        boolean editor = Visitor.of(ctx).has(Role.EDITOR);
        HtmlPages.render(ctx, templates, "product/buyers.jte", new BuyersPage(market.buyers(),
                editor ? market.proposedBuyers() : List.of(), editor, editor ? Csrf.token(ctx) : "", form, problems));
    }

    private void addFromForm(Context ctx) {
        BuyerForm form = BuyerForm.of(ctx);
        try {
            BuyerProfile buyer = market.addBuyer(form.draft(), Visitor.of(ctx).name());
            ctx.redirect("/buyers/" + buyer.id(), HttpStatus.SEE_OTHER);
        } catch (BuyerProfileException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderBuyers(ctx, form, e.problems());
        }
    }

    /** The body is {@code {"name": "...", "channels": ["retail"], "categories": ["dried fruit"], "regions": ["Vietnam"]}}. */
    private void addFromJson(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("send {\"name\": \"...\", \"channels\": [\"retail\"], \"categories\": [\"tea\"]}");
        }
        List<SalesChannel> channels = new ArrayList<>();
        for (String code : strings(body.path("channels"))) {
            channels.add(Coded.fromCode(SalesChannel.class, code)
                    .orElseThrow(() -> new InvalidRequestException("unknown channel: " + code)));
        }
        Optional<Long> entity = body.hasNonNull("entity") ? Optional.of(body.get("entity").asLong()) : Optional.empty();
        BuyerDraft draft = new BuyerDraft(body.path("name").asText(""), entity, channels, strings(body.path("categories")),
                strings(body.path("regions")), entity.isPresent() ? BuyerSource.FACTS : BuyerSource.EDITOR);
        try {
            BuyerProfile buyer = market.addBuyer(draft, Visitor.of(ctx).name());
            ctx.status(HttpStatus.CREATED).header("Location", "/api/buyers/" + buyer.id() + "/products")
                    .json(BuyerProfileJson.write(buyer));
        } catch (BuyerProfileException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    private ProductLine line(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        return market.productLine(id).orElseThrow(() -> new NotFoundException("no product line " + id));
    }

    private BuyerProfile buyer(Context ctx) {
        long id = QueryParameters.pathId(ctx, "id");
        return market.buyer(id).orElseThrow(() -> new NotFoundException("no buyer " + id));
    }

    /** The entities the signed-in user follows; none for a visitor who is not signed in. */
    private Set<Long> followed(Context ctx) {
        return Visitor.of(ctx).account().map(account -> database.watchlists().of(account.id()).stream()
                .filter(w -> w.kind() == WatchKind.ENTITY).map(Watchlist::target).flatMap(ProductRoutes::id)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    private static Stream<Long> id(String target) {
        try {
            return Stream.of(Long.parseLong(target));
        } catch (NumberFormatException e) {
            return Stream.empty();
        }
    }

    private static ProductFilter filter(Context ctx) {
        Optional<SalesChannel> channel = text(ctx, "channel").map(code -> Coded.fromCode(SalesChannel.class, code)
                .orElseThrow(() -> new InvalidRequestException("channel must be one of retail, wholesale, e_commerce, "
                        + "food_service, import: " + code)));
        return new ProductFilter(channel, text(ctx, "category"), text(ctx, "origin"));
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isTextual()) {
            return BuyerDraft.split(array.asText());
        }
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
