package org.deskline.knowledge.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** K1: relevance, as a golden set: each query and the article that must rank first, in Persian, English, Russian. */
class ArticleSearchTest {

    static final List<Article> ARTICLES = List.of(
            article("en", "Reset your admin password", "Open the login page, choose *Forgot password* and follow the "
                    + "mail. The reset link works for 30 minutes.", "password", "login"),
            article("en", "Download an invoice as PDF", "Invoices are under Billing. Choose an invoice and press "
                    + "**Download PDF**; paid invoices carry a stamp.", "invoice", "billing"),
            article("en", "Move your site to its domain", "After the project phase the site moves from the staging "
                    + "copy to your domain. Send registrar and hosting access on the site-transfer ticket.",
                    "domain", "hosting"),
            article("en", "Restore a backup", "Backups are kept in three places. Ask support to restore the copy of a "
                    + "given day; an emergency restore is served around the clock.", "backup", "restore"),
            article("fa", "بازیابی رمز عبور مدیر", "در صفحهٔ ورود «فراموشی رمز» را بزنید و پیوند ارسال‌شده به "
                    + "ایمیل را باز کنید. پیوند ۳۰ دقیقه اعتبار دارد.", "رمز", "ورود"),
            article("fa", "دریافت فاکتور به صورت PDF", "فاکتورها در بخش مالی هستند. فاکتور را انتخاب و دکمهٔ "
                    + "دریافت را بزنید.", "فاکتور", "مالی"),
            article("fa", "انتقال سایت به دامنهٔ اصلی", "پس از پایان پروژه، سایت از فضای نمونه به دامنهٔ شما منتقل "
                    + "می‌شود. دسترسی هاست و ثبت‌کنندهٔ دامنه را در تیکت انتقال بفرستید.", "دامنه", "هاست"),
            article("fa", "بازگردانی نسخهٔ پشتیبان", "نسخه‌های پشتیبان در سه مکان نگهداری می‌شوند. برای بازگردانی "
                    + "نسخهٔ یک روز مشخص تیکت بزنید.", "پشتیبان", "بکاپ"),
            article("ru", "Сброс пароля администратора", "На странице входа нажмите «Забыли пароль» и откройте "
                    + "письмо. Ссылка действует 30 минут.", "пароль", "вход"),
            article("ru", "Скачать счёт в PDF", "Счета находятся в разделе «Оплата». Выберите счёт и нажмите "
                    + "«Скачать PDF».", "счёт", "оплата"),
            article("ru", "Перенос сайта на домен", "После завершения проекта сайт переносится с тестовой копии на ваш "
                    + "домен. Пришлите доступ к хостингу в заявке на перенос.", "домен", "хостинг"),
            article("ru", "Восстановление резервной копии", "Резервные копии хранятся в трёх местах. Попросите "
                    + "поддержку восстановить копию нужного дня.", "бэкап", "восстановление"));

    static Stream<Arguments> golden() {
        return Stream.of(
                // English
                Arguments.of("password", "Reset your admin password"),
                Arguments.of("forgot password", "Reset your admin password"),
                Arguments.of("Reset your admin password", "Reset your admin password"),
                Arguments.of("LOGIN", "Reset your admin password"),
                Arguments.of("invoice pdf", "Download an invoice as PDF"),
                Arguments.of("billing", "Download an invoice as PDF"),
                Arguments.of("domain", "Move your site to its domain"),
                Arguments.of("staging", "Move your site to its domain"),
                Arguments.of("restore", "Restore a backup"),
                Arguments.of("backup emergency", "Restore a backup"),
                // Persian, with Arabic letters, digits and ZWNJ variants
                Arguments.of("رمز", "بازیابی رمز عبور مدیر"),
                Arguments.of("رمز عبور", "بازیابی رمز عبور مدیر"),
                Arguments.of("۳۰ دقیقه", "بازیابی رمز عبور مدیر"),
                Arguments.of("فاکتور", "دریافت فاکتور به صورت PDF"),
                Arguments.of("فاكتور", "دریافت فاکتور به صورت PDF"),
                Arguments.of("مالی", "دریافت فاکتور به صورت PDF"),
                Arguments.of("دامنه", "انتقال سایت به دامنهٔ اصلی"),
                Arguments.of("منتقل میشود", "انتقال سایت به دامنهٔ اصلی"),
                Arguments.of("پشتيبان", "بازگردانی نسخهٔ پشتیبان"),
                Arguments.of("نسخه‌های پشتیبان", "بازگردانی نسخهٔ پشتیبان"),
                // Russian
                Arguments.of("пароль", "Сброс пароля администратора"),
                Arguments.of("сброс пароля", "Сброс пароля администратора"),
                Arguments.of("ВХОДА", "Сброс пароля администратора"),
                Arguments.of("счет", "Скачать счёт в PDF"),
                Arguments.of("pdf счёт", "Скачать счёт в PDF"),
                Arguments.of("домен", "Перенос сайта на домен"),
                Arguments.of("хостингу", "Перенос сайта на домен"),
                Arguments.of("резервной копии", "Восстановление резервной копии"),
                Arguments.of("бэкап", "Восстановление резервной копии"),
                Arguments.of("трёх местах", "Восстановление резервной копии"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void k1_the_expected_article_ranks_first(String query, String expectedTitle) {
        List<ArticleSearch.Hit> hits = ArticleSearch.rank(ARTICLES, ArticleRules.query(query));
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).article().getTitle()).as(query).isEqualTo(expectedTitle);
    }

    @Test
    void k1_every_word_must_be_found_and_the_snippet_marks_the_hit_in_the_original_text() {
        assertThat(ArticleSearch.rank(ARTICLES, ArticleRules.query("password invoice"))).isEmpty();
        ArticleSearch.Hit hit = ArticleSearch.rank(ARTICLES, ArticleRules.query("ایمیل")).get(0);
        assertThat(hit.snippet()).contains("<mark>ایمیل</mark>");
        ArticleSearch.Hit zwnj = ArticleSearch.rank(ARTICLES, ArticleRules.query("ارسالشده")).get(0);
        assertThat(zwnj.snippet()).as("the original keeps its zero-width non-joiner")
                .contains("<mark>ارسال\u200Cشده</mark>");
    }

    @Test
    void k1_suggestions_need_two_words_or_one_in_the_title() {
        List<String> words = KnowledgeText.terms("I cannot download the invoice of March");
        assertThat(ArticleSearch.rankAny(ARTICLES, words).get(0).article().getTitle())
                .isEqualTo("Download an invoice as PDF");
        assertThat(ArticleSearch.rankAny(ARTICLES, KnowledgeText.terms("mail"))).isEmpty();
    }

    static Article article(String language, String title, String body, String... tags) {
        ArticleContent c = ArticleRules.check(new ArticleContent(language, "General", title, body, List.of(),
                List.of(tags), Audience.PUBLIC, null, null));
        Article a = new Article("k-" + title.hashCode(), language, "editor", Instant.EPOCH);
        a.write(c, ArticleRules.searchText(c), "editor", Instant.EPOCH);
        return a;
    }
}
