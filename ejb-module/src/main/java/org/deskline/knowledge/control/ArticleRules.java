package org.deskline.knowledge.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.Audience;
import org.deskline.platform.DeskException;

/** K1: what an article may hold, every limit named here; each refusal is a VALIDATION naming the field and K1. */
public final class ArticleRules {

    public static final Set<String> LANGUAGES = Set.of("fa", "en", "ru");
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int CATEGORY_MAX = 200;
    public static final int CATEGORY_SEGMENT_MAX = 60;
    public static final int VIDEOS_MAX = 5;
    public static final int URL_MAX = 500;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 30;
    public static final int QUERY_MAX = 200;
    public static final int PAGE_SIZE = 10;
    public static final int PAGE_MAX = 100;
    public static final int COMMENT_MAX = 1000;

    private ArticleRules() {
    }

    /** The content as stored: trimmed, checked, category segments tidied, tags lower-cased and distinct. */
    public static ArticleContent check(ArticleContent c) {
        if (c == null) {
            throw DeskException.invalid("article", "K1", "An article needs its content.");
        }
        String language = language(c.language(), "language");
        String category = category(c.category());
        String title = text(c.title(), "title", TITLE_MIN, TITLE_MAX);
        String body = text(c.body(), "body", 1, BODY_MAX);
        ArticleMarkdown.check(body, "body");
        List<String> videos = new ArrayList<>();
        for (String url : c.videoUrls() == null ? List.<String>of() : c.videoUrls()) {
            if (url == null || url.isBlank()) {
                continue;
            }
            String u = url.strip();
            if (u.length() > URL_MAX || !(u.startsWith("https://") || u.startsWith("http://"))) {
                throw DeskException.invalid("videoUrls", "K1", "A video link is an http(s) address of at most "
                        + URL_MAX + " characters.");
            }
            videos.add(u);
        }
        if (videos.size() > VIDEOS_MAX) {
            throw DeskException.invalid("videoUrls", "K1", "At most " + VIDEOS_MAX + " video links.");
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : c.tags() == null ? List.<String>of() : c.tags()) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (t.length() > TAG_MAX || t.contains(",")) {
                throw DeskException.invalid("tags", "K1", "A tag has at most " + TAG_MAX + " characters and no comma.");
            }
            tags.add(t);
        }
        if (tags.size() > TAGS_MAX) {
            throw DeskException.invalid("tags", "K1", "At most " + TAGS_MAX + " tags.");
        }
        Audience audience = c.audience() == null ? Audience.PUBLIC : c.audience();
        Long organization = audience == Audience.PUBLIC ? null : c.organizationId();
        Long project = audience == Audience.PROJECT ? c.projectId() : null;
        if (audience != Audience.PUBLIC && organization == null) {
            throw DeskException.invalid("organizationId", "K1", "An article for one organization or project names "
                    + "the organization.");
        }
        if (audience == Audience.PROJECT && project == null) {
            throw DeskException.invalid("projectId", "K1", "A project-specific article names the project.");
        }
        return new ArticleContent(language, category, title, body, List.copyOf(videos), List.copyOf(tags), audience,
                organization, project);
    }

    /** fa, en or ru (VALIDATION naming {@code field} otherwise). */
    public static String language(String language, String field) {
        String l = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(l)) {
            throw DeskException.invalid(field, "K1", "The language is fa, en or ru.");
        }
        return l;
    }

    /** A category path such as "Billing/Invoices": 1-60 characters a segment, 200 in all. */
    public static String category(String category) {
        String c = category == null ? "" : category.strip();
        List<String> segments = new ArrayList<>();
        for (String s : c.split("/")) {
            String segment = s.strip();
            if (segment.isEmpty() || segment.length() > CATEGORY_SEGMENT_MAX) {
                throw DeskException.invalid("category", "K1", "A category is a path of names of 1-"
                        + CATEGORY_SEGMENT_MAX + " characters separated by '/', such as Billing/Invoices.");
            }
            segments.add(segment);
        }
        String path = String.join("/", segments);
        if (path.length() > CATEGORY_MAX) {
            throw DeskException.invalid("category", "K1", "A category path has at most " + CATEGORY_MAX
                    + " characters.");
        }
        return path;
    }

    /** A search query: 1-200 characters with at least one word. */
    public static List<String> query(String query) {
        if (query == null || query.isBlank() || query.length() > QUERY_MAX) {
            throw DeskException.invalid("query", "K1", "A search is 1-" + QUERY_MAX + " characters.");
        }
        List<String> terms = KnowledgeText.terms(query);
        if (terms.isEmpty()) {
            throw DeskException.invalid("query", "K1", "A search needs at least one word or number.");
        }
        return terms;
    }

    /** A page number, 0 to {@link #PAGE_MAX}. */
    public static int page(Integer page) {
        int p = page == null ? 0 : page;
        if (p < 0 || p > PAGE_MAX) {
            throw DeskException.invalid("page", "K1", "A page is 0 to " + PAGE_MAX + ".");
        }
        return p;
    }

    /**
     * The form of the search text {@link #searchText} writes today: 2 since word starts, stems and Persian affixes
     * (V38); 3 since the title and tags have a column of their own ({@link #searchHead}, V41). A row of an older form
     * is written again at start-up ({@code SearchTextUpgrade}).
     */
    public static final int SEARCH_FORM = 3;

    /** The most characters of {@link #searchHead} (a title of 200 and tags of 400 need fewer, normalised). */
    public static final int SEARCH_HEAD_MAX = 700;

    /** Writes the content onto the article with the search text in today's form. */
    public static void write(Article article, ArticleContent content, String by, java.time.Instant at) {
        article.write(content, searchHead(content), searchText(content), SEARCH_FORM, by, at);
    }

    /** The title and tags, normalised: where a word ranks highest, and what search reads first. */
    public static String searchHead(ArticleContent c) {
        String head = KnowledgeText.normalise(c.title() + " " + String.join(" ", c.tags()));
        return head.length() > SEARCH_HEAD_MAX ? head.substring(0, SEARCH_HEAD_MAX) : head;
    }

    /** What search reads: title, tags and the visible words of the body, normalised. */
    public static String searchText(ArticleContent c) {
        String all = c.title() + " " + String.join(" ", c.tags()) + " " + ArticleMarkdown.text(c.body());
        String normalised = KnowledgeText.normalise(all);
        return normalised.length() > 21_000 ? normalised.substring(0, 21_000) : normalised;
    }

    private static String text(String value, String field, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw DeskException.invalid(field, "K1", "The " + field + " has " + min + " to " + max + " characters.");
        }
        return v;
    }
}
