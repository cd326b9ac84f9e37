package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.deskline.client.knowledge.ArticleHit;
import org.deskline.client.knowledge.ArticleSearchResult;
import org.deskline.client.knowledge.DeskFaultInfo;
import org.deskline.client.knowledge.KnowledgePortType;
import org.deskline.client.knowledge.KnowledgeService;
import org.junit.jupiter.api.Test;

/**
 * K1 over SOAP with the client generated from the live WSDL, on the demo's articles: search in Persian, English and
 * Russian, reading with translations, categories, ratings, suggestions before a ticket, the faults, and tenant
 * isolation (another organization's article answers exactly like a missing one).
 */
class KnowledgeSystemIT {

    static KnowledgePortType knowledge(String user, String secret) throws Exception {
        return Soap.signedIn(new KnowledgeService(new URL(Soap.BASE + "/ws/knowledge?wsdl")).getKnowledgePort(),
                Soap.BASE, "/ws/knowledge", user, secret);
    }

    static DeskFaultInfo fault(Soap.Call call) {
        return Soap.fault(DeskFaultInfo.class, call);
    }

    @Test
    void k1_a_customer_finds_reads_and_rates_articles_in_three_languages() throws Exception {
        KnowledgePortType demo = knowledge(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        ArticleSearchResult en = demo.searchArticles("password", "en", null, null);
        assertThat(en.getHit()).first().satisfies(h -> {
            assertThat(h.getTitle()).isEqualTo("Reset your admin password");
            assertThat(h.getSnippet()).contains("<mark>");
        });
        // Arabic kaf and yeh, and Persian digits, meet the Persian text
        assertThat(demo.searchArticles("فاكتور", "fa", null, null).getHit()).extracting(ArticleHit::getTitle)
                .first().isEqualTo("دریافت فاکتور به صورت PDF");
        assertThat(demo.searchArticles("۳۰ دقیقه", null, null, null).getHit()).extracting(ArticleHit::getTitle)
                .contains("بازیابی رمز عبور مدیر سایت");
        assertThat(demo.searchArticles("пароль", "ru", null, null).getHit()).extracting(ArticleHit::getTitle)
                .first().isEqualTo("Сброс пароля администратора");
        assertThat(demo.searchArticles("support plan", null, null, null).getHit()).as("a draft is not read")
                .isEmpty();

        var article = demo.getArticle(en.getHit().get(0).getArticleId());
        assertThat(article.getHtml()).contains("<strong>Forgot password</strong>");
        assertThat(article.getTranslation()).extracting(t -> t.getLanguage()).containsExactly("en", "fa", "ru");
        assertThat(demo.listCategories("fa")).extracting(c -> c.getPath()).contains("Account", "Account/Sign-in");

        // one vote per API client and article: whatever the demo client voted before, its vote now moves
        ArticleHit notHelpful = demo.rateArticle(article.getArticleId(), false, "Did not help at first");
        ArticleHit helpful = demo.rateArticle(article.getArticleId(), true, "Solved without a ticket");
        assertThat(List.of(helpful.getHelpful(), helpful.getNotHelpful()))
                .containsExactly(notHelpful.getHelpful() + 1, notHelpful.getNotHelpful() - 1);
        assertThat(demo.rateArticle(article.getArticleId(), true, "Still solved").getHelpful())
                .as("voting the same again counts once").isEqualTo(helpful.getHelpful());
        assertThat(demo.suggestArticles("Cannot download the invoice", "The PDF button does nothing"))
                .extracting(ArticleHit::getTitle).first().isEqualTo("Download an invoice as PDF");
    }

    @Test
    void k1_an_organizations_and_a_projects_articles_are_theirs_alone() throws Exception {
        KnowledgePortType demo = knowledge(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        KnowledgePortType northwind = knowledge(Soap.OTHER_CLIENT, Soap.OTHER_SECRET);
        List<ArticleHit> exports = northwind.searchArticles("export", null, null, null).getHit();
        assertThat(exports).extracting(ArticleHit::getTitle).contains("Northwind portal: export invoices to your ERP");
        assertThat(demo.searchArticles("export", null, null, null).getHit()).extracting(ArticleHit::getTitle)
                .doesNotContain("Northwind portal: export invoices to your ERP");
        long northwinds = exports.stream().filter(h -> h.getTitle().startsWith("Northwind")).findFirst().orElseThrow()
                .getArticleId();
        DeskFaultInfo foreign = fault(() -> demo.getArticle(northwinds));
        DeskFaultInfo missing = fault(() -> demo.getArticle(987_654_321L));
        assertThat(foreign.getCode()).isEqualTo("NOT_FOUND");
        assertThat(foreign.getMessage()).isEqualTo(missing.getMessage().replace("987654321",
                String.valueOf(northwinds)));
        assertThat(fault(() -> demo.rateArticle(northwinds, true, null)).getCode()).isEqualTo("NOT_FOUND");

        assertThat(demo.searchArticles("variants", null, null, null).getHit()).extracting(ArticleHit::getTitle)
                .containsExactly("Demo shop: add a product with variants");
        assertThat(northwind.searchArticles("variants", null, null, null).getHit()).as("DEMO-SHOP's training")
                .isEmpty();
    }

    @Test
    void k1_bad_input_is_a_typed_fault_naming_the_field() throws Exception {
        KnowledgePortType demo = knowledge(Soap.DEMO_CLIENT, Soap.DEMO_SECRET);
        assertThat(fault(() -> demo.searchArticles("", null, null, null)).getField()).isEqualTo("query");
        assertThat(fault(() -> demo.searchArticles("x".repeat(201), null, null, null)).getField()).isEqualTo("query");
        assertThat(fault(() -> demo.searchArticles("password", "de", null, null)).getField()).isEqualTo("language");
        DeskFaultInfo page = fault(() -> demo.searchArticles("password", null, null, 50));
        assertThat(page.getCode()).isEqualTo("VALIDATION");
        assertThat(page.getField()).isEqualTo("page");
        assertThat(page.getRule()).isEqualTo("K1");
        assertThat(fault(() -> demo.rateArticle(987_654_321L, true, null)).getCode()).isEqualTo("NOT_FOUND");
        long any = demo.searchArticles("password", "en", null, null).getHit().get(0).getArticleId();
        assertThat(fault(() -> demo.rateArticle(any, false, "x".repeat(1001))).getField()).isEqualTo("comment");
        assertThat(demo.suggestArticles("ok", null)).as("words that find nothing: an empty list").isEmpty();
    }
}
