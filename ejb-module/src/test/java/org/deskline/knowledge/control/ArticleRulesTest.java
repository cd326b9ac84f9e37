package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.Audience;
import org.deskline.platform.DeskException;
import org.junit.jupiter.api.Test;

class ArticleRulesTest {

    static ArticleContent content(String language, String title, String body) {
        return new ArticleContent(language, "Billing / Invoices", title, body, List.of(), List.of(), Audience.PUBLIC,
                null, null);
    }

    @Test
    void k1_the_search_head_is_the_title_and_tags_normalised_and_starts_the_search_text() {
        ArticleContent c = ArticleRules.check(new ArticleContent("fa", "Billing", "دریافت فاكتورها", "متن **بدنه**",
                List.of(), List.of("مالی"), Audience.PUBLIC, null, null));
        assertThat(ArticleRules.searchHead(c)).isEqualTo("دریافت فاکتور ها مالی");
        assertThat(ArticleRules.searchText(c)).startsWith(ArticleRules.searchHead(c) + " ")
                .doesNotStartWith("متن");
        String longTags = "x".repeat(50);
        ArticleContent many = new ArticleContent("en", "Billing", "t".repeat(200), "Body", List.of(),
                java.util.Collections.nCopies(20, longTags), Audience.PUBLIC, null, null);
        assertThat(ArticleRules.searchHead(many)).hasSize(ArticleRules.SEARCH_HEAD_MAX);
    }

    @Test
    void k1_content_is_tidied_and_checked() {
        ArticleContent c = ArticleRules.check(new ArticleContent(" FA ", " Billing / Invoices ", " Title ", "Body",
                List.of(" https://video.example/1 ", ""), List.of("Invoice", "invoice", " PDF "),
                Audience.PUBLIC, 7L, 8L));
        assertThat(c.language()).isEqualTo("fa");
        assertThat(c.category()).isEqualTo("Billing/Invoices");
        assertThat(c.title()).isEqualTo("Title");
        assertThat(c.videoUrls()).containsExactly("https://video.example/1");
        assertThat(c.tags()).containsExactly("invoice", "pdf");
        assertThat(c.organizationId()).as("a public article belongs to nobody").isNull();
    }

    @Test
    void k1_each_bad_field_is_named() {
        assertField(() -> ArticleRules.check(content("de", "Title", "Body")), "language");
        assertField(() -> ArticleRules.check(content("en", "Hi", "Body")), "title");
        assertField(() -> ArticleRules.check(content("en", "Title", "x".repeat(20_001))), "body");
        assertField(() -> ArticleRules.check(content("en", "Title", "<iframe></iframe>")), "body");
        assertField(() -> ArticleRules.check(new ArticleContent("en", "a//b", "Title", "Body", List.of(), List.of(),
                Audience.PUBLIC, null, null)), "category");
        assertField(() -> ArticleRules.check(new ArticleContent("en", "a", "Title", "Body",
                List.of("javascript:alert(1)"), List.of(), Audience.PUBLIC, null, null)), "videoUrls");
        assertField(() -> ArticleRules.check(new ArticleContent("en", "a", "Title", "Body", List.of(),
                List.of("x".repeat(31)), Audience.PUBLIC, null, null)), "tags");
        assertField(() -> ArticleRules.check(new ArticleContent("en", "a", "Title", "Body", List.of(), List.of(),
                Audience.PROJECT, 1L, null)), "projectId");
        assertField(() -> ArticleRules.check(new ArticleContent("en", "a", "Title", "Body", List.of(), List.of(),
                Audience.ORGANIZATION, null, null)), "organizationId");
        assertField(() -> ArticleRules.query(""), "query");
        assertField(() -> ArticleRules.query("x".repeat(201)), "query");
        assertField(() -> ArticleRules.query("?!"), "query");
        assertField(() -> ArticleRules.page(-1), "page");
    }

    private static void assertField(Runnable r, String field) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.rule()).isEqualTo("K1");
        });
    }
}
