package org.deskline.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.deskline.knowledge.control.ArticleRules;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.ArticleRevision;
import org.deskline.knowledge.entity.ArticleState;
import org.deskline.knowledge.entity.Audience;

/**
 * K1 demo data: twenty articles in Persian, English and Russian (translations linked), most for every customer, one
 * for Northwind only, one training article for the DEMO-SHOP project alone, one still a draft.
 */
@ApplicationScoped
public class DemoArticles {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    private record Text(String language, String title, String body, String tags) {
    }

    void seed() {
        if (!em.createQuery("select a.id from Article a", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        String video = "https://videos.deskline.example/";
        group("Account/Sign-in", Audience.PUBLIC, null, null, List.of(), ArticleState.PUBLISHED,
                new Text("en", "Reset your admin password", "On the login page choose **Forgot password** and open "
                        + "the link we mail you. The link works for 30 minutes; ask support if the mail does not "
                        + "come.", "password,login"),
                new Text("fa", "بازیابی رمز عبور مدیر سایت", "در صفحهٔ ورود «فراموشی رمز» را بزنید و پیوندی را که به "
                        + "ایمیل شما می‌فرستیم باز کنید. پیوند ۳۰ دقیقه اعتبار دارد.", "رمز,ورود"),
                new Text("ru", "Сброс пароля администратора", "На странице входа нажмите **Забыли пароль** и "
                        + "откройте ссылку из письма. Ссылка действует 30 минут.", "пароль,вход"));
        group("Billing/Invoices", Audience.PUBLIC, null, null, List.of(), ArticleState.PUBLISHED,
                new Text("en", "Download an invoice as PDF", "Invoices are under *Billing*. Choose one and press "
                        + "**Download PDF**. Paid invoices carry a stamp.", "invoice,pdf"),
                new Text("fa", "دریافت فاکتور به صورت PDF", "فاکتورها در بخش «مالی» هستند. فاکتور را انتخاب و دکمهٔ "
                        + "«دریافت PDF» را بزنید.", "فاکتور,مالی"),
                new Text("ru", "Скачать счёт в PDF", "Счета находятся в разделе «Оплата». Выберите счёт и нажмите "
                        + "«Скачать PDF».", "счёт,оплата"));
        group("Hosting/Site transfer", Audience.PUBLIC, null, null, List.of(), ArticleState.PUBLISHED,
                new Text("en", "Move your site from staging to its domain", "After the project the site moves from "
                        + "our staging copy to your domain. Answer the site-transfer ticket within 7 working days "
                        + "with registrar and hosting access.", "domain,hosting"),
                new Text("fa", "انتقال سایت از فضای نمونه به دامنهٔ اصلی", "پس از پایان پروژه سایت از فضای نمونه به "
                        + "دامنهٔ شما منتقل می‌شود. تا ۷ روز کاری به تیکت انتقال با دسترسی هاست و دامنه پاسخ دهید.",
                        "دامنه,هاست"),
                new Text("ru", "Перенос сайта с тестовой копии на домен", "После проекта сайт переносится с тестовой "
                        + "копии на ваш домен. Ответьте на заявку о переносе в течение 7 рабочих дней.",
                        "домен,хостинг"));
        group("Maintenance/Backups", Audience.PUBLIC, null, null, List.of(), ArticleState.PUBLISHED,
                new Text("en", "Restore a backup", "Backups are kept in three places while support is active. Open "
                        + "a ticket naming the day to restore; a site that is down is an emergency, served around "
                        + "the clock.", "backup,restore"),
                new Text("fa", "بازگردانی نسخهٔ پشتیبان", "نسخه‌های پشتیبان تا وقتی پشتیبانی فعال است در سه مکان "
                        + "نگهداری می‌شوند. برای بازگردانی، روز مورد نظر را در تیکت بنویسید.", "پشتیبان,بکاپ"),
                new Text("ru", "Восстановление резервной копии", "Пока поддержка активна, резервные копии хранятся в "
                        + "трёх местах. Укажите в заявке нужный день.", "бэкап,восстановление"));
        group("Support/Emergencies", Audience.PUBLIC, null, null, List.of(), ArticleState.PUBLISHED,
                new Text("en", "What counts as an emergency", "An emergency is a site that is down for no clear "
                        + "reason, lost admin access or a hacked site. Emergencies are served 24/7, 365 days a "
                        + "year; anything else waits for business hours.", "emergency,down"),
                new Text("fa", "پشتیبانی اورژانسی چیست", "پشتیبانی اورژانسی برای وقتی است که سایت بدون دلیل مشخصی "
                        + "از دسترس خارج شود. این خدمات ۲۴ ساعته در ۳۶۵ روز سال ارائه می‌شود.", "اورژانسی,قطعی"),
                new Text("ru", "Что считается срочным обращением", "Срочное обращение — сайт недоступен без явной "
                        + "причины, потерян доступ администратора или сайт взломан. Обслуживается круглосуточно.",
                        "срочно,недоступен"));
        group("Support/Tickets", Audience.PUBLIC, null, null, List.of(), ArticleState.PUBLISHED,
                new Text("en", "How to write a ticket we can solve fast", "Give a precise title, the steps to "
                        + "reproduce, the page address and a screenshot. A title such as *problem* slows us "
                        + "down.", "ticket,screenshot"),
                new Text("fa", "چگونه تیکتی بنویسیم که زود حل شود", "عنوان دقیق، مراحل تکرار مشکل، نشانی صفحه و "
                        + "تصویر صفحه را بفرستید.", "تیکت,تصویر"));
        group("Training/Videos", Audience.PUBLIC, null, null, List.of(video + "site-admin-basics"),
                ArticleState.PUBLISHED,
                new Text("en", "Training videos: managing your site", "Watch the short videos on pages, menus and "
                        + "users before you open a ticket; they answer most first questions.", "training,video"),
                new Text("fa", "ویدئوهای آموزشی مدیریت سایت", "پیش از ثبت تیکت ویدئوهای کوتاه صفحه‌ها، منوها و "
                        + "کاربران را ببینید.", "آموزش,ویدئو"));
        Long northwind = organization("Northwind Logistics");
        if (northwind != null) {
            group("Billing/Exports", Audience.ORGANIZATION, northwind, null, List.of(), ArticleState.PUBLISHED,
                    new Text("en", "Northwind portal: export invoices to your ERP", "The portal exports invoices "
                            + "nightly as CSV to your SFTP folder; a failed export is retried at 06:00.",
                            "export,erp"));
        }
        Long demo = organization("Demo Trading Co");
        Long shop = project("DEMO-SHOP");
        if (demo != null && shop != null) {
            group("Training/Demo shop", Audience.PROJECT, demo, shop, List.of(video + "demo-shop-products"),
                    ArticleState.PUBLISHED,
                    new Text("en", "Demo shop: add a product with variants", "Products → New; add sizes and colours "
                            + "as variants, each with its own stock. The video shows it on your own shop.",
                            "product,variants"));
        }
        group("Billing/Plans", Audience.PUBLIC, null, null, List.of(), ArticleState.DRAFT,
                new Text("en", "Choosing a support plan (draft)", "Basic covers business hours; Enterprise adds "
                        + "round-the-clock targets.", "plan"));
    }

    private void group(String category, Audience audience, Long organization, Long project, List<String> videos,
                       ArticleState state, Text... texts) {
        String key = UUID.randomUUID().toString();
        Instant now = clock.instant();
        for (Text t : texts) {
            ArticleContent c = ArticleRules.check(new ArticleContent(t.language(), category, t.title(), t.body(),
                    videos, List.of(t.tags().split(",")), audience, organization, project));
            Article a = new Article(key, c.language(), "demo", now);
            ArticleRules.write(a, c, "demo", now);
            a.moveTo(state, "demo", now);
            em.persist(a);
            em.flush();
            em.persist(new ArticleRevision(a, 1, "demo", now));
        }
    }

    private Long organization(String name) {
        return em.createQuery("select o.id from Organization o where o.name = :n", Long.class).setParameter("n", name)
                .getResultStream().findFirst().orElse(null);
    }

    private Long project(String code) {
        return em.createQuery("select p.id from Project p where p.code = :c", Long.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }
}
