package org.deskline.demo.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deskline.billing.entity.ServiceType;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.Priority;

/**
 * Issue 20: the demo's past, written as a script of what customers and agents did over the last {@link #DAYS} days,
 * in the order it happened: tickets opened over SOAP, taken, answered, asked about, deferred and resumed, escalated
 * to L2, resolved, closed, withdrawn, left to auto-close and rated; the newest ones still open. Plain Java and
 * seeded, so the same day always gets the same story; {@code demo.boundary.DemoHistory} plays it through the application's services
 * with the clock moved to each step's moment. Response times vary around the plans' targets, so some clocks are met
 * and some breached.
 */
public final class HistoryScript {

    public static final int DAYS = 90;
    /** T9 as shipped: active support tickets per project at most. */
    static final int ACTIVE_PER_PROJECT = 3;
    /** The last days, whose tickets are mostly still open. */
    static final Duration BACKLOG = Duration.ofDays(5);
    /** Longer than any shipped auto-close period (T6): a ticket left waiting keeps its project busy this long. */
    static final Duration AUTO_CLOSE_AT_MOST = Duration.ofDays(3);

    /** The demo's story: its seed, its two history customers and the L2 agent escalations go to. */
    public static final long DEMO_SEED = 1405;
    public static final String DEMO_L2_AGENT = "agent2";
    public static final List<Customer> DEMO_CUSTOMERS = List.of(
            new Customer(DemoData.CASPIAN_CLIENT, List.of("CR-SHOP", "CR-POS", "CR-ERP"),
                    List.of(Priority.LOW, Priority.NORMAL, Priority.NORMAL, Priority.HIGH, Priority.URGENT), "fa",
                    "agent1", 1.3),
            new Customer(DemoData.VOLGA_CLIENT, List.of("VF-TMS", "VF-WMS"),
                    List.of(Priority.LOW, Priority.NORMAL, Priority.NORMAL), "ru", DEMO_L2_AGENT, 0.7));

    public enum Act {
        OPEN, TAKE, ANSWER, ASK, NOTE, CUSTOMER_REPLY, DEFER, RESUME, ESCALATE, RESOLVE, CLOSE, RATE,
        /** The agent logs the time the ticket took (B4), ending at the step's moment. */
        TIME,
        /** On the first of a month the manager invoices the customer's last month (B7); ticket 0. */
        INVOICE
    }

    /** A customer organization the script writes for: its API client, projects, priorities and language. */
    public record Customer(String apiClient, List<String> projects, List<Priority> priorities, String language,
                           String agent, double ticketsPerDay) {
    }

    /** What a ticket is opened with. */
    public record Opening(String apiClient, String projectCode, String title, String description, Category category,
                          Priority priority) {
    }

    /**
     * One step: at {@code at}, {@code who} (an agent's user name, or the customer's API client) does {@code act} to
     * ticket number {@code ticket} of the script. Text, score (a rating, or the minutes of a time entry), reason and
     * service as the act needs them; an invoice's text is the customer's API client.
     */
    public record Step(Instant at, int ticket, Act act, String who, String text, int score, DeferralReason reason,
                       Opening opening, ServiceType service) {

        static Step of(Instant at, int ticket, Act act, String who, String text) {
            return new Step(at, ticket, act, who, text, 0, null, null, null);
        }
    }

    private record Subject(String title, String description, Category category) {
    }

    private static final Map<String, List<Subject>> SUBJECTS = Map.of(
            "fa", List.of(
                    new Subject("صدور فاکتور فروش با خطا متوقف می‌شود", "هنگام ثبت فاکتور فروش پیام خطای «عدم "
                            + "تطابق انبار» نمایش داده می‌شود و فاکتور ذخیره نمی‌شود.", Category.TECHNICAL),
                    new Subject("گزارش موجودی انبار کند است", "گزارش موجودی کالا برای انبار مرکزی بیش از دو دقیقه "
                            + "طول می‌کشد.", Category.TECHNICAL),
                    new Subject("فعال‌سازی کاربر جدید حسابداری", "لطفاً برای همکار جدید واحد حسابداری دسترسی "
                            + "فعال کنید.", Category.ACTIVATION),
                    new Subject("مغایرت در تسویه حساب ماهانه", "مبلغ تسویه ماه گذشته با صورت‌حساب بانک "
                            + "همخوانی ندارد.", Category.FINANCIAL),
                    new Subject("Payment gateway callback fails", "The bank's callback to /pay/return answers 502 "
                            + "since this morning; orders stay unpaid.", Category.TECHNICAL),
                    new Subject("خطای چاپ رسید در فروشگاه", "چاپگر صندوق شعبه ونک رسید را نیمه چاپ می‌کند.",
                            Category.TECHNICAL),
                    new Subject("درخواست پیش‌فاکتور تمدید پشتیبانی", "برای تمدید قرارداد پشتیبانی سال آینده "
                            + "پیش‌فاکتور لازم داریم.", Category.SALES),
                    new Subject("Export to Excel drops Persian characters", "The sales report exported to Excel "
                            + "shows question marks instead of Persian names.", Category.TECHNICAL),
                    new Subject("همگام‌سازی سفارش‌های فروشگاه اینترنتی", "سفارش‌های سایت از دیروز به سیستم "
                            + "منتقل نمی‌شوند.", Category.TECHNICAL),
                    new Subject("ورود با رمز یکبار مصرف کار نمی‌کند", "پیامک رمز یکبار مصرف برای کاربران شعبه "
                            + "تبریز ارسال نمی‌شود.", Category.ACTIVATION)),
            "ru", List.of(
                    new Subject("Не формируется товарная накладная", "При проведении отгрузки появляется ошибка "
                            + "«нет остатков», хотя товар на складе есть.", Category.TECHNICAL),
                    new Subject("Медленно открывается журнал заказов", "Журнал заказов за месяц открывается больше "
                            + "минуты.", Category.TECHNICAL),
                    new Subject("Доступ для нового диспетчера", "Просим создать учётную запись для нового "
                            + "диспетчера склада в Казани.", Category.ACTIVATION),
                    new Subject("Расхождение в акте сверки", "Сумма в акте сверки за ноябрь не совпадает с "
                            + "банковской выпиской.", Category.FINANCIAL),
                    new Subject("Tracking page shows old statuses", "Customers see yesterday's delivery status on "
                            + "the tracking page.", Category.TECHNICAL),
                    new Subject("Ошибка печати этикеток", "Принтер этикеток печатает пустые листы после "
                            + "обновления.", Category.TECHNICAL),
                    new Subject("Счёт на продление поддержки", "Нужен счёт на продление договора поддержки на "
                            + "следующий год.", Category.SALES),
                    new Subject("Не приходят уведомления водителям", "Водители не получают SMS о новых рейсах с "
                            + "утра понедельника.", Category.TECHNICAL)));

    private static final Map<String, List<String>> ANSWERS = Map.of(
            "fa", List.of("سلام، مشکل بررسی و برطرف شد. لطفاً دوباره امتحان کنید.",
                    "سلام، تنظیمات اصلاح شد و از امروز درست کار می‌کند.",
                    "با سلام، دسترسی فعال شد. نام کاربری برای شما ایمیل شد."),
            "ru", List.of("Здравствуйте! Ошибка исправлена, попробуйте ещё раз.",
                    "Добрый день! Настройки поправили, теперь всё работает.",
                    "Здравствуйте! Доступ выдан, данные для входа отправлены на почту."),
            "en", List.of("Hello, we found the cause and deployed a fix. Please check again.",
                    "Hello, the configuration is corrected; it works from today."));

    private static final Map<String, List<String>> QUESTIONS = Map.of(
            "fa", List.of("سلام، لطفاً شماره فاکتور و زمان دقیق خطا را بفرستید.",
                    "سلام، تصویر صفحه خطا را ارسال بفرمایید."),
            "ru", List.of("Здравствуйте! Пришлите, пожалуйста, номер документа и время ошибки.",
                    "Добрый день! Приложите снимок экрана с ошибкой."));

    private static final Map<String, List<String>> CUSTOMER_REPLIES = Map.of(
            "fa", List.of("شماره فاکتور ۱۴۰۵-۳۲۱ است و خطا ساعت ۱۰ صبح رخ داد.", "تصویر را پیوست کردم."),
            "ru", List.of("Номер документа 4512, ошибка была в 10:15.", "Снимок экрана приложили."));

    private static final Map<String, List<String>> COMMENTS = Map.of(
            "fa", List.of("سریع و دقیق، ممنون.", "خوب بود ولی کمی طول کشید.", "مشکل دوباره تکرار شد."),
            "ru", List.of("Быстро и понятно, спасибо.", "Хорошо, но долго ждали ответа.", "Проблема вернулась."));

    private HistoryScript() {
    }

    /**
     * The steps of the last {@link #DAYS} days before {@code now}, for the customers, oldest first; nothing at or after
     * {@code now} (a ticket whose story would go on is left where it stands: the open backlog). {@code l2} is the
     * agent escalated tickets go to.
     */
    public static List<Step> write(Instant now, long seed, List<Customer> customers, String l2) {
        Random random = new Random(seed);
        Instant start = now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(DAYS));
        List<Step> steps = new ArrayList<>();
        Map<String, List<Busy>> busy = new HashMap<>(); // per project: its tickets, from opened until free again
        int ticket = 0;
        for (int day = 0; day < DAYS; day++) {
            Instant midnight = start.plus(Duration.ofDays(day));
            for (Customer customer : customers) {
                int count = (int) customer.ticketsPerDay() + (random.nextDouble() < customer.ticketsPerDay() % 1
                        ? 1 : 0);
                List<Instant> openings = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    // office hours in Tehran and Moscow: 05:00-14:00 UTC
                    openings.add(midnight.plus(Duration.ofMinutes(300 + random.nextInt(540))));
                }
                openings.sort(null); // in the order they happen: each sees the projects busy before it
                for (Instant opened : openings) {
                    if (!opened.isBefore(now.minus(Duration.ofMinutes(10)))) {
                        continue;
                    }
                    String project = freeProject(customer, opened, busy);
                    Subject subject = pick(SUBJECTS.get(customer.language()), random);
                    List<Busy> active = busy.getOrDefault(project, List.of()).stream()
                            .filter(b -> b.activeAt(opened)).toList();
                    if (project == null || active.stream().anyMatch(b -> b.title().equals(subject.title()))) {
                        // every project has its three active tickets (T9), or this subject is open there (T10)
                        continue;
                    }
                    List<Step> story = story(++ticket, customer, project, subject, opened, random, l2);
                    List<Step> happened = story.stream().filter(s -> s.at().isBefore(now)).toList();
                    if (opened.isAfter(now.minus(BACKLOG)) && random.nextInt(100) < 75) {
                        // most of the last days' tickets are still being worked: new, taken, asked about
                        happened = happened.subList(0, Math.min(happened.size(), 1 + random.nextInt(3)));
                    }
                    Instant free = happened.size() < story.size() ? Instant.MAX
                            : freeAgain(story.get(story.size() - 1));
                    busy.computeIfAbsent(project, p -> new ArrayList<>()).add(new Busy(opened, free,
                            subject.title()));
                    steps.addAll(happened);
                }
            }
        }
        // B7: on the first of each month, the last month's invoices
        for (Instant month = start; month.isBefore(now); month = month.plus(Duration.ofDays(1))) {
            if (month.atZone(java.time.ZoneOffset.UTC).getDayOfMonth() == 1 && month.isAfter(start)) {
                for (Customer customer : customers) {
                    steps.add(Step.of(month.plus(Duration.ofHours(7)), 0, Act.INVOICE, "manager",
                            customer.apiClient()));
                }
            }
        }
        steps.removeIf(s -> !s.at().isBefore(now));
        steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::ticket));
        return steps;
    }

    /** The demo's steps up to {@code now}. */
    public static List<Step> demo(Instant now) {
        return write(now, DEMO_SEED, DEMO_CUSTOMERS, DEMO_L2_AGENT);
    }

    private static Instant freeAgain(Step last) {
        // a story ending in an agent's answer waits for the customer until it closes by itself (T6)
        return last.act() == Act.ANSWER ? last.at().plus(AUTO_CLOSE_AT_MOST) : last.at();
    }

    private record Busy(Instant from, Instant until, String title) {

        boolean activeAt(Instant at) {
            return !from.isAfter(at) && until.isAfter(at);
        }
    }

    private static String freeProject(Customer customer, Instant at, Map<String, List<Busy>> busy) {
        for (String project : customer.projects()) {
            long active = busy.getOrDefault(project, List.of()).stream().filter(b -> b.activeAt(at)).count();
            if (active < ACTIVE_PER_PROJECT) {
                return project;
            }
        }
        return null;
    }

    /** One ticket's story from its opening; its moments may run past the present (the caller cuts them). */
    private static List<Step> story(int no, Customer c, String project, Subject subject, Instant opened,
                                    Random random, String l2) {
        String lang = c.language();
        Priority priority = pick(c.priorities(), random);
        List<Step> s = new ArrayList<>();
        Opening opening = new Opening(c.apiClient(), project, subject.title(), subject.description(),
                subject.category(), priority);
        s.add(new Step(opened, no, Act.OPEN, c.apiClient(), null, 0, null, opening, null));
        Instant t = opened.plus(minutes(random, 5, 90));
        String agent = c.agent();
        s.add(Step.of(t, no, Act.TAKE, agent, null));
        // the first answer: mostly within the hour, one in six late by most plans' measure
        t = t.plus(random.nextInt(6) == 0 ? minutes(random, 300, 1_500) : minutes(random, 10, 120));
        int kind = random.nextInt(100);
        if (kind < 8) { // withdrawn: the customer found it before anybody answered (T7)
            s.add(Step.of(t, no, Act.CLOSE, c.apiClient(), null));
            return s;
        }
        if (kind < 30) { // a question first, the customer's answer, then the result
            s.add(Step.of(t, no, Act.ASK, agent, pick(QUESTIONS.get(lang), random)));
            t = t.plus(minutes(random, 20, 600));
            s.add(Step.of(t, no, Act.CUSTOMER_REPLY, c.apiClient(), pick(CUSTOMER_REPLIES.get(lang), random)));
            t = t.plus(random.nextInt(4) == 0 ? minutes(random, 90, 300) : minutes(random, 10, 55));
        } else if (kind < 42) { // deferred until the customer's system is reachable again (T12)
            s.add(Step.of(t, no, Act.NOTE, agent, "VPN to the customer's server is down; waiting for access."));
            s.add(new Step(t.plusSeconds(30), no, Act.DEFER, agent, null, 0,
                    random.nextBoolean() ? DeferralReason.NO_ACCESS_TO_CUSTOMER_SYSTEM
                            : DeferralReason.CANNOT_REPRODUCE, null, null));
            t = t.plus(minutes(random, 120, 2_000));
            s.add(Step.of(t, no, Act.RESUME, agent, null));
            t = t.plus(minutes(random, 10, 90));
        } else if (kind < 54 && !agent.equals(l2)) { // L1 cannot solve it: escalated to L2 (S5), who answers
            s.add(Step.of(t, no, Act.ESCALATE, agent, "Needs a product specialist."));
            agent = l2;
            t = t.plus(minutes(random, 30, 600));
            s.add(Step.of(t, no, Act.TAKE, agent, null));
            t = t.plus(minutes(random, 10, 240));
            lang = "ru".equals(lang) ? lang : "en"; // the L2 specialist writes Russian or English
        }
        if (kind >= 90) { // answered, and the customer never came back: it closes by itself (T6)
            s.add(Step.of(t, no, Act.ANSWER, agent, pick(ANSWERS.get(lang), random)));
            return s;
        }
        if (kind >= 70) { // answered; the customer confirms and closes it (T7: a normal close)
            s.add(Step.of(t, no, Act.ANSWER, agent, pick(ANSWERS.get(lang), random)));
            t = t.plus(minutes(random, 30, 1_400));
            s.add(Step.of(t, no, Act.CLOSE, c.apiClient(), null));
        } else {
            s.add(Step.of(t, no, Act.RESOLVE, agent, pick(ANSWERS.get(lang), random)));
        }
        // B4: the time it took, logged right after: configuration work is billable, account questions free support
        ServiceType service = subject.category() == Category.TECHNICAL ? ServiceType.CONFIGURATION
                : ServiceType.ACCOUNT_QUESTION;
        s.add(new Step(t.plusSeconds(60), no, Act.TIME, agent, "Analysis and fix", 15 + 5 * random.nextInt(22),
                null, null, service));
        if (random.nextInt(100) < 70) { // T11: seven in ten rate it
            int roll = random.nextInt(100);
            int score = roll < 45 ? 5 : roll < 75 ? 4 : roll < 87 ? 3 : roll < 95 ? 2 : 1;
            String comment = random.nextBoolean() ? null
                    : COMMENTS.get(c.language()).get(score >= 4 ? 0 : score == 3 ? 1 : 2);
            t = t.plus(minutes(random, 5, 600));
            s.add(new Step(t, no, Act.RATE, c.apiClient(), comment, score, null, null, null));
        }
        return s;
    }

    private static Duration minutes(Random random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from));
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
