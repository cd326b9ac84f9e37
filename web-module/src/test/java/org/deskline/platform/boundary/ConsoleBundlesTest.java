package org.deskline.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.deskline.organization.entity.ApiClient;
import org.deskline.security.entity.StaffRole;
import org.deskline.sla.entity.SlaMetricKind;
import org.deskline.sla.entity.SlaMetricState;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.control.QueueFilter;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.DeferralReason;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.TicketKind;
import org.deskline.ticket.entity.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: every console text comes from the bundles, in English, Persian and Russian. Fails on a key a page or the
 * Java code uses that a bundle lacks, on bundles whose keys differ, and on text typed into a page instead of a key.
 */
class ConsoleBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<String> LANGUAGES = List.of("", "_fa", "_ru");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern PAGE_PREFIX = Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\s*\\+=");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z]+\\.[A-Za-z0-9.]+)\"");
    /** Enum types whose values the console labels through {@code formats.label}. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(TicketStatus.class, Priority.class,
            Tier.class, DeferralReason.class, TicketKind.class, Category.class, Channel.class, SlaMetricKind.class,
            SlaMetricState.class, org.deskline.ticket.entity.EmergencyReason.class,
            org.deskline.knowledge.entity.ArticleState.class, org.deskline.knowledge.entity.Audience.class,
            org.deskline.ticket.entity.DevelopmentStage.class, org.deskline.alert.entity.AlertType.class,
            org.deskline.alert.entity.Severity.class, org.deskline.alert.entity.DeliveryState.class,
            org.deskline.ticket.entity.HistoryAction.class, org.deskline.billing.entity.ServiceType.class,
            org.deskline.billing.entity.Coverage.class, org.deskline.billing.entity.WorkClass.class,
            org.deskline.billing.entity.FeatureRoute.class, org.deskline.billing.entity.EntryState.class,
            org.deskline.billing.entity.SubscriptionStatus.class, org.deskline.billing.entity.PlanKind.class,
            org.deskline.billing.entity.Invoice.Status.class, org.deskline.billing.entity.TimeDispute.State.class,
            org.deskline.maintenance.entity.MaintenanceSchedule.Kind.class,
            org.deskline.ticket.boundary.BulkDesk.Kind.class);
    /** Where refusals (DeskException) are thrown: both modules' main code. */
    private static final List<Path> THROWING = List.of(JAVA, Path.of("../ejb-module/src/main/java"));

    @Test
    void the_three_bundles_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties en = bundle("");
        for (String language : List.of("_fa", "_ru")) {
            Properties other = bundle(language);
            assertThat(new TreeSet<>(other.stringPropertyNames())).as("keys of messages" + language)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        }
        for (String language : LANGUAGES) {
            Properties p = bundle(language);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
        // the translations are translations: most Persian and Russian texts differ from the English ones
        Properties fa = bundle("_fa");
        long same = en.stringPropertyNames().stream().filter(k -> en.getProperty(k).equals(fa.getProperty(k))).count();
        assertThat(same).isLessThan(en.size() / 20);
    }

    /** Issue 20: the audit page names each audited action in the page's language ({@code audit.<Class>.<method>}). */
    @Test
    void every_audited_method_has_a_label_in_every_bundle() throws IOException {
        Set<String> actions = new TreeSet<>();
        new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.deskline").forEach(type -> type.getMethods().stream()
                        .filter(m -> m.isAnnotatedWith(org.deskline.security.control.Audited.class))
                        .forEach(m -> actions.add("audit." + type.getSimpleName() + "." + m.getName())));
        assertThat(actions).hasSizeGreaterThan(60);
        for (String language : LANGUAGES) {
            Properties p = bundle(language);
            assertThat(actions).as("audit labels of messages" + language).allSatisfy(k -> assertThat(p).containsKey(k));
        }
    }

    @Test
    void every_key_the_pages_and_the_code_use_is_in_every_bundle() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            collect(PAGE_KEY, text, used);
            Set<String> prefixes = new TreeSet<>();
            collect(PAGE_PREFIX, text, prefixes);
            for (String prefix : prefixes) {
                used.addAll(expand(prefix));
            }
        }
        Properties en = bundle("");
        Set<String> sections = new TreeSet<>();
        en.stringPropertyNames().forEach(k -> sections.add(k.substring(0, k.indexOf('.'))));
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(source));
                while (m.find()) {
                    if (sections.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> value : type.getEnumConstants()) {
                used.add(DisplayFormats.key(value));
            }
        }
        assertThat(used).hasSizeGreaterThan(400);
        for (String language : LANGUAGES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertThat(missing).as("keys missing from messages" + language).isEmpty();
        }
    }

    /**
     * Issue 20: what an action reports (FacesErrors.info, infoAfterRedirect) is a bundle text, never English typed into
     * the code; a quoted string in such a call, or in a "done" text handed to one, is only ever a key.
     */
    @Test
    void an_action_reports_what_it_did_from_the_bundles_not_from_typed_text() throws IOException {
        Pattern call = Pattern.compile("FacesErrors\\.info(?:AfterRedirect)?\\(([^;]*);", Pattern.DOTALL);
        Pattern done = Pattern.compile("return\\s+\"[^\"/][^\"]*[A-Za-z ]{3}[^\"]*\"\\s*[+;]");
        List<String> typed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path source : files.filter(p -> p.toString().contains("console")
                    && p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher m = call.matcher(code);
                while (m.find()) {
                    String argument = m.group(1).replaceAll("\"[a-z][A-Za-z0-9]*\\.[A-Za-z0-9.]+\"", "KEY");
                    if (argument.contains("\"")) {
                        typed.add(source.getFileName() + ": " + m.group(1).strip());
                    }
                }
                if (code.contains("FacesErrors.infoAfterRedirect(action.run())")
                        || code.contains("FacesErrors.info(done)")) {
                    Matcher d = done.matcher(code);
                    while (d.find()) {
                        typed.add(source.getFileName() + ": " + d.group().strip());
                    }
                }
            }
        }
        assertThat(typed).as("info messages typed in English instead of taken from the bundles").isEmpty();
    }

    /**
     * Issue 20: a refusal shown in the console is said from the bundles. Every ErrorCode has its sentence, every
     * key a refusal names ({@code because("refusal...")}) is in the bundles, and every field a refusal names has a
     * label, so a Persian or Russian page never shows the English message or a Java field name.
     */
    @Test
    void every_refusal_has_its_sentence_and_every_field_it_names_a_label() throws IOException {
        Properties en = bundle("");
        for (org.deskline.platform.ErrorCode code : org.deskline.platform.ErrorCode.values()) {
            assertThat(en.getProperty("refusal." + code.name())).as("refusal." + code.name()).isNotBlank();
        }
        Pattern because = Pattern.compile("because\\(\"([a-zA-Z.]+)\"");
        Pattern field = Pattern.compile("(?:invalid|notFound|refuse|required)\\(\"([A-Za-z.]+)\""
                + "|ErrorCode\\.[A-Z_]+,\\s*\"([A-Za-z.]+)\"");
        Set<String> keys = new TreeSet<>();
        Set<String> fields = new TreeSet<>();
        for (Path root : THROWING) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source);
                    collect(because, code, keys);
                    Matcher m = field.matcher(code);
                    while (m.find()) {
                        fields.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }
        assertThat(keys).as("keys the refusals name").hasSizeGreaterThan(12);
        assertThat(fields).as("fields the refusals name").hasSizeGreaterThan(100);
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!en.containsKey(key)) {
                missing.add(key);
            }
        }
        for (String name : fields) {
            String last = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            last = last.substring(last.lastIndexOf('.') + 1);
            if (!en.containsKey("field." + name) && !en.containsKey("field." + last)) {
                missing.add("field." + name);
            }
        }
        assertThat(missing).as("refusal keys and field labels missing from the bundles").isEmpty();
    }

    /** Issue 20: the same refusal in the three languages; the English one is the SOAP fault's message. */
    @Test
    void a_refusal_is_said_in_the_pages_language_and_in_english_as_the_fault_says_it() {
        Locale fa = Locale.forLanguageTag("fa");
        Locale ru = Locale.forLanguageTag("ru");
        org.deskline.platform.DeskException transition = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> org.deskline.ticket.entity.TicketLifecycle.next(TicketStatus.CLOSED,
                        org.deskline.ticket.entity.TicketAction.TAKE),
                org.deskline.platform.DeskException.class);
        assertThat(FacesErrors.text(Locale.ENGLISH, transition)).isEqualTo("status (T5): " + transition.getMessage());
        assertThat(FacesErrors.text(fa, transition))
                .isEqualTo("وضعیت (قاعدهٔ T5): تا وقتی تیکت «بسته» است، این کار ممکن نیست.");
        assertThat(FacesErrors.text(ru, transition)).isEqualTo("Статус (правило T5): Невозможно, пока тикет в статусе «"
                + DisplayFormats.label(TicketStatus.CLOSED, ru) + "».");

        org.deskline.platform.DeskException missing = org.deskline.platform.DeskException.notFound("ticketId",
                "ticket", 1205L);
        assertThat(FacesErrors.text(fa, missing)).isEqualTo("تیکت: ۱۲۰۵ وجود ندارد.");
        assertThat(FacesErrors.text(ru, missing)).isEqualTo("Тикет: 1205 не существует.");

        // a refusal without a key of its own is said by its ErrorCode, the field by its label, never in English
        org.deskline.platform.DeskException plain = org.deskline.platform.DeskException.invalid(
                "targets.NORMAL.resolution", "S1", "The resolution target is shorter than the response target.");
        assertThat(FacesErrors.text(fa, plain))
                .isEqualTo("هدف حل (قاعدهٔ S1): این مقدار نیامده یا با قاعده سازگار نیست.");
        assertThat(FacesErrors.text(ru, plain)).doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(FacesErrors.text(Locale.ENGLISH, plain))
                .isEqualTo("targets.NORMAL.resolution (S1): " + plain.getMessage());
    }

    @Test
    void no_page_shows_typed_text_instead_of_a_key() throws IOException {
        List<String> typed = new ArrayList<>();
        Pattern attribute = Pattern.compile("\\s(value|headerText|itemLabel|emptyMessage|title|requiredMessage|"
                + "converterMessage|placeholder|aria-label|a:aria-label|pt:placeholder|pt:aria-label)=\"([^\"]*)\"");
        for (Path page : pages()) {
            String text = Files.readString(page).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            for (String token : text.split("(?=<)|(?<=>)")) {
                if (token.startsWith("<f:param") || token.startsWith("<f:viewParam")) {
                    continue; // data, not text
                }
                if (token.startsWith("<")) {
                    boolean jsf = token.matches("(?s)<(h|p|f):.*");
                    Matcher m = attribute.matcher(token);
                    while (m.find()) {
                        if ((jsf || !m.group(1).equals("value")) && hasWords(stripEl(m.group(2)))) {
                            typed.add(page.getFileName() + ": " + m.group(1) + "=\"" + m.group(2) + "\"");
                        }
                    }
                } else if (hasWords(stripEl(token))) {
                    typed.add(page.getFileName() + ": " + token.strip());
                }
                for (String literal : literals(token)) {
                    typed.add(page.getFileName() + ": '" + literal + "'");
                }
            }
        }
        assertThat(typed).isEmpty();
    }

    @Test
    void dates_are_solar_hijri_on_persian_pages_and_enum_labels_follow_the_language() {
        java.time.Instant at = java.time.Instant.parse("2026-12-01T16:20:00Z");
        java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran");
        assertThat(DisplayFormats.time(at, Locale.forLanguageTag("fa"), tehran)).isEqualTo("۱۴۰۵/۰۹/۱۰ ۱۹:۵۰");
        assertThat(DisplayFormats.time(at, Locale.ENGLISH, tehran)).isEqualTo("2026-12-01 19:50");
        assertThat(DisplayFormats.label(TicketStatus.WAITING_FOR_CUSTOMER, Locale.forLanguageTag("ru")))
                .isEqualTo("Ожидает клиента");
        assertThat(DisplayFormats.label(TicketStatus.WAITING_FOR_CUSTOMER, Locale.forLanguageTag("fa")))
                .isEqualTo("در انتظار مشتری");
    }

    /** Names that a page builds as prefix + value. */
    private static Set<String> expand(String prefix) {
        Set<String> keys = new TreeSet<>();
        switch (prefix) {
            case "role." -> Stream.of(StaffRole.values()).forEach(r -> keys.add(prefix + r.name()));
            case "queue.filter." -> QueueFilter.BUILT_IN.keySet().forEach(k -> keys.add(prefix + k));
            case "enum.DeferralReason." -> Stream.of(org.deskline.ticket.entity.DeferralReason.values())
                    .forEach(r -> keys.add(prefix + r.name()));
            case "articles.lang." -> org.deskline.knowledge.control.ArticleRules.LANGUAGES
                    .forEach(l -> keys.add(prefix + l));
            case "clients.purpose." -> List.of(ApiClient.PURPOSE_ERP, ApiClient.PURPOSE_BACKUP)
                    .forEach(p -> keys.add(prefix + p));
            default -> throw new AssertionError("A page builds keys from '" + prefix + "': list its values here");
        }
        return keys;
    }

    /** UI words in EL string literals ('New plan'), which should be msg['...'] instead; comparisons are data. */
    private static List<String> literals(String token) {
        List<String> found = new ArrayList<>();
        Matcher el = Pattern.compile("#\\{[^}]*\\}").matcher(token);
        while (el.find()) {
            Matcher lit = Pattern.compile("'([^']*)'").matcher(el.group());
            while (lit.find()) {
                String s = lit.group(1);
                String before = el.group().substring(0, lit.start()).stripTrailing();
                String after = el.group().substring(lit.end()).stripLeading();
                boolean compared = before.endsWith("==") || before.endsWith("!=") || after.startsWith("==")
                        || after.startsWith("!=") || before.endsWith("msg[");
                if (!compared && s.matches(".*[A-Za-z]{2,}.*") && !s.matches("[A-Z_]+|[a-z]+(-[a-z]+)*|[a-z]+\\.")) {
                    found.add(s);
                }
            }
        }
        return found;
    }

    private static String stripEl(String s) {
        // the product name is not translated
        return s.replaceAll("#\\{[^}]*\\}", "").replaceAll("&[a-z]+;|&#\\d+;", " ").replace("Deskline", "")
                .replace("English", ""); // and languages are named in their own language
    }

    private static boolean hasWords(String s) {
        return s.matches("(?s).*[A-Za-z]{2,}.*");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        String name = "/org/deskline/console/messages" + suffix + ".properties";
        try (InputStream in = ConsoleBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
