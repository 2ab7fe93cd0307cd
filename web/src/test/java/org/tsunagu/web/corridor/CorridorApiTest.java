package org.tsunagu.web.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.web.JsonBodies.error;
import static org.tsunagu.web.JsonBodies.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tsunagu.model.entity.EntityRef;
import org.tsunagu.model.fact.Investment;
import org.tsunagu.model.fact.InvestmentKind;
import org.tsunagu.model.money.ExchangeRates;
import org.tsunagu.model.money.Money;
import org.tsunagu.model.time.PartialDate;
import org.tsunagu.store.testing.Articles;
import org.tsunagu.store.testing.EntityIds;
import org.tsunagu.web.RunningServer;

class CorridorApiTest {

    private static final String STOCK = "23,000 billion dong";
    private static final String PLEDGE = "2 billion USD";
    private static final String OTHER_STOCK = "1.1 billion USD";
    private static final String PROJECT = "300 million USD";
    private static final String OTHER_PROJECT = "40 million USD";
    private static final Money STOCK_AS_READ = Money.of("23000000000000", "VND");

    @RegisterExtension
    final RunningServer server = new RunningServer();

    @BeforeEach
    void storeAStockAndAPledge() {
        Articles article = Articles.article("haiphong-korea", "Investors from South Korea held " + STOCK
                + " of registered capital in Hai Phong at the end of 2021, ranking second among investors. "
                + "A group from South Korea pledged " + PLEDGE + " more. Another count put the stock at " + OTHER_STOCK
                + ". Projects of " + PROJECT + " and " + OTHER_PROJECT + " were licensed.");
        EntityRef korea = article.place("South Korea");
        EntityRef haiPhong = article.place("Hai Phong");
        server.database().save(article.with(
                figure(article, STOCK, korea, haiPhong, STOCK_AS_READ, InvestmentKind.FDI_TOTAL, 2021, 2),
                figure(article, PLEDGE, korea, haiPhong, Money.of("2000000000", "USD"), InvestmentKind.PLEDGE, 2021, 0),
                figure(article, OTHER_STOCK, korea, haiPhong, Money.of("1100000000", "USD"), InvestmentKind.FDI_TOTAL, 2021, 0),
                figure(article, PROJECT, korea, haiPhong, Money.of("300000000", "USD"), InvestmentKind.PROJECT, 2021, 0),
                figure(article, OTHER_PROJECT, korea, haiPhong, Money.of("40000000", "USD"), InvestmentKind.PROJECT, 2021, 0)));
    }

    @Test
    void givesEachFigureInUsdBesideTheAmountAsRead() throws Exception {
        JsonNode stock = figure(json(server.get(corridor(""))), "fdi_total", "VND");

        assertThat(stock.get("original").get("amount").asText()).isEqualTo("23000000000000");
        assertThat(stock.get("original").get("currency").asText()).isEqualTo("VND");
        assertThat(stock.get("normalised").get("currency").asText()).isEqualTo("USD");
        assertThat(new BigDecimal(stock.get("normalised").get("amount").asText()))
                .isEqualByComparingTo(expected(Currency.getInstance("USD")));
        assertThat(stock.get("rate_year").asInt()).isEqualTo(2021);
        assertThat(stock.get("rank").asInt()).isEqualTo(2);
    }

    @Test
    void keepsTheStockAndThePledgeApart() throws Exception {
        JsonNode figures = json(server.get(corridor(""))).get("figures");

        assertThat(figures).extracting(f -> f.get("kind").asText())
                .containsExactlyInAnyOrder("fdi_total", "fdi_total", "pledge", "project", "project");
    }

    @Test
    void setsTwoStocksOfOneYearAgainstEachOtherButNotTwoProjects() throws Exception {
        JsonNode corridor = json(server.get(corridor("")));

        assertThat(corridor.get("conflicts")).hasSize(1);
        assertThat(corridor.get("conflicts").get(0)).extracting(id -> kindOf(corridor, id.asLong()))
                .containsExactly("fdi_total", "fdi_total");
    }

    @Test
    void givesTheFiguresInYenOnRequest() throws Exception {
        JsonNode stock = figure(json(server.get(corridor("?currency=JPY"))), "fdi_total", "VND");

        assertThat(stock.get("normalised").get("currency").asText()).isEqualTo("JPY");
        assertThat(new BigDecimal(stock.get("normalised").get("amount").asText()))
                .isEqualByComparingTo(expected(Currency.getInstance("JPY")));
    }

    @Test
    void downloadsACsvWithTheNormalisedColumn() throws Exception {
        HttpResponse<String> csv = server.get("/api" + corridor("/figures.csv?currency=JPY"));

        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("fact,investor,destination,kind,year,rank,amount,currency,amount_jpy,rate_year,"
                + "document,sentence");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",fdi_total,2021,2,23000000000000,VND,"
                + expected(Currency.getInstance("JPY")).toPlainString() + ",2021,"));
    }

    @Test
    void refusesACurrencyItCannotCompareIn() throws Exception {
        assertThat(error(server.get(corridor("?currency=XYZ")), 400)).contains("currency");
    }

    private String corridor(String rest) {
        long korea = EntityIds.of(server.database(), "South Korea");
        long haiPhong = EntityIds.of(server.database(), "Hai Phong");
        String path = "/corridors/" + korea + "/" + haiPhong;
        return rest.startsWith("/") ? path + rest : "/api" + path + rest;
    }

    private static BigDecimal expected(Currency currency) {
        return ExchangeRates.bundled().convert(STOCK_AS_READ, currency, 2021).orElseThrow().converted().amount()
                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String kindOf(JsonNode corridor, long fact) {
        for (JsonNode figure : corridor.get("figures")) {
            if (figure.get("fact").asLong() == fact) {
                return figure.get("kind").asText();
            }
        }
        throw new AssertionError("no fact " + fact + " in " + corridor);
    }

    private static JsonNode figure(JsonNode corridor, String kind, String currency) {
        for (JsonNode figure : corridor.get("figures")) {
            if (figure.get("kind").asText().equals(kind) && figure.get("original").get("currency").asText().equals(currency)) {
                return figure;
            }
        }
        throw new AssertionError("no " + kind + " figure in " + corridor);
    }

    private static Investment figure(Articles article, String words, EntityRef investor, EntityRef destination,
            Money amount, InvestmentKind kind, int year, int rank) {
        return new Investment(investor, destination, amount, kind, Optional.of(PartialDate.ofYear(year)),
                rank > 0 ? Optional.of(rank) : Optional.empty(), List.of(), article.evidence(words), 0.8);
    }
}
