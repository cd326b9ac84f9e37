package org.deskline.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleState;
import org.deskline.knowledge.entity.Audience;
import org.deskline.platform.control.DatabaseKind;

/**
 * K1: the database side of search. Finds the candidate articles (a word starting with every stem of the query, or
 * with any stem for suggestions: {@link KnowledgeText#stem}), of a language and under a category when asked, visible to
 * an organization (published, and public or its own) or, for staff, all of them; {@link ArticleSearch} ranks them.
 * On PostgreSQL the words are found by full-text search (the {@code search_vector} tsvector and its GIN index, V39,
 * with prefix queries {@code stem:*}); elsewhere (H2) by {@code LIKE} at the start of a word of the normalised text:
 * the same articles either way. At most {@link #CANDIDATES} are read.
 */
@ApplicationScoped
public class ArticleFinder {

    /**
     * The most candidates a search reads from the database before ranking: 25 pages of hits. Reading and ranking a
     * candidate's search text is most of a search's cost (measured with JFR: decoding the rows took a quarter of the
     * server's time); 500 gave 44-63 ms p99 over 10,000 articles, 250 gives 27-46 ms (docs/benchmarks.md). The title
     * and tags matches come first, so the best hits are among them.
     */
    public static final int CANDIDATES = 250;

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseKind database;

    /**
     * Candidates for {@code terms} (a query's words, {@link KnowledgeText#terms}): all of them ({@code every}) or
     * any; {@code organizationId} null means staff (every state and audience unless {@code state} says). Only what
     * ranking reads comes back (no body, no entity). The articles with a query word in their title or tags come
     * first (they outrank the others), the most helpful first; the rest fill up to {@link #CANDIDATES}. So a title
     * match is ranked however many articles hold a common word in their bodies only.
     */
    public List<ArticleSearch.Candidate> candidates(List<String> terms, boolean every, Long organizationId,
                                                    String language, String category, ArticleState state) {
        List<String> stems = KnowledgeText.stems(terms);
        List<Object> params = new ArrayList<>();
        String where = where(organizationId, language, category, state, params)
                + (stems.isEmpty() ? "" : " and " + words("search", stems, every, params));
        if (stems.isEmpty()) {
            return candidates(where, "", params, CANDIDATES);
        }
        List<Object> headParams = new ArrayList<>(params);
        String inHead = words("head", stems, false, headParams);
        List<ArticleSearch.Candidate> found = new ArrayList<>(candidates(where + " and " + inHead,
                " order by a.helpful - a.not_helpful desc, a.id desc", headParams, CANDIDATES));
        if (found.size() < CANDIDATES) {
            List<Object> restParams = new ArrayList<>(params);
            // no order: the database stops at the limit on the cheaper plan; the ranking orders
            found.addAll(candidates(where + " and not " + words("head", stems, false, restParams), "", restParams,
                    CANDIDATES - found.size()));
        }
        return found;
    }

    private List<ArticleSearch.Candidate> candidates(String where, String order, List<Object> params, int limit) {
        List<?> rows = query("select a.id, a.title, a.tags, a.search_text, a.helpful - a.not_helpful from article a"
                + where + order + " fetch first " + limit + " rows only", params).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ArticleSearch.Candidate(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue())).toList();
    }

    /**
     * A condition: a word of the article's search text ({@code part} "search") or of its title and tags ("head")
     * starts with every stem, or with any. On PostgreSQL a full-text query on the part's tsvector (V39, V42); elsewhere
     * {@code LIKE} at the start of a word of the part's normalised text: the same articles either way.
     */
    private String words(String part, List<String> stems, boolean every, List<Object> params) {
        if (database.postgres()) {
            // the query as a literal, not a parameter: PostgreSQL then plans each search for its own words (the GIN
            // index for a rare word); a generic plan of a prepared statement scanned the table. Stems hold letters
            // and digits only (KnowledgeText), checked again here, so nothing can leave the literal.
            return "a." + part + "_vector @@ to_tsquery('simple', '"
                    + String.join(every ? " & " : " | ", stems.stream().map(ArticleFinder::prefix).toList()) + "')";
        }
        String column = "a.search_" + ("search".equals(part) ? "text" : part);
        List<String> likes = new ArrayList<>();
        for (String stem : stems) {
            likes.add("(" + column + " like ? escape '\\' or " + column + " like ? escape '\\')");
            params.addAll(List.of(escape(stem) + "%", "% " + escape(stem) + "%"));
        }
        return "(" + String.join(every ? " and " : " or ", likes) + ")";
    }

    /** Articles without a query (the console's list): at most {@link #CANDIDATES}, newest first. */
    public List<Article> listed(Long organizationId, String language, ArticleState state) {
        List<Object> params = new ArrayList<>();
        List<Long> ids = ids(query("select a.id from article a" + where(organizationId, language, null, state, params)
                + " order by a.id desc fetch first " + CANDIDATES + " rows only", params).getResultList());
        return articles(ids);
    }

    /** The articles of these ids, in this order (a page of hits: few, and usually in the shared cache). */
    public List<Article> articles(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Article::getId, a -> a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Ranked candidates as hits, with their snippets for {@code terms} (none when null: the console's long lists). */
    public List<ArticleSearch.Hit> hits(List<ArticleSearch.Scored> ranked, List<String> terms) {
        Map<Long, Integer> scores = ranked.stream().collect(Collectors.toMap(ArticleSearch.Scored::id,
                ArticleSearch.Scored::score, (a, b) -> a));
        return articles(ranked.stream().map(ArticleSearch.Scored::id).toList()).stream()
                .map(a -> terms == null ? new ArticleSearch.Hit(a, scores.get(a.getId()), "")
                        : ArticleSearch.hit(a, scores.get(a.getId()), terms)).toList();
    }

    /** How many readable articles each category holds directly (counted by the database: every article counts). */
    public Map<String, Integer> categoryCounts(Long organizationId, String language) {
        List<Object> params = new ArrayList<>();
        List<?> rows = query("select a.category, count(*) from article a" + where(organizationId, language, null,
                null, params) + " group by a.category", params).getResultList();
        return rows.stream().map(r -> (Object[]) r).collect(Collectors.toMap(r -> (String) r[0],
                r -> ((Number) r[1]).intValue()));
    }

    /** The filters every search and list shares; appends their parameters. */
    private static String where(Long organizationId, String language, String category, ArticleState state,
                                List<Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (organizationId != null) {
            sql.append(" and a.state = ? and (a.audience = ? or a.organization_id = ?)");
            params.addAll(List.of(ArticleState.PUBLISHED.name(), Audience.PUBLIC.name(), organizationId));
        } else if (state != null) {
            sql.append(" and a.state = ?");
            params.add(state.name());
        }
        if (language != null) {
            sql.append(" and a.language = ?");
            params.add(language);
        }
        if (category != null) {
            sql.append(" and (a.category = ? or a.category like ? escape '\\')");
            params.addAll(List.of(category, escape(category) + "/%"));
        }
        return sql.toString();
    }

    private Query query(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The article if the organization may read it (published; public or its own); null otherwise. */
    public Article visible(long articleId, long organizationId) {
        Article a = em.find(Article.class, articleId);
        boolean readable = a != null && a.getState() == ArticleState.PUBLISHED
                && (a.getOrganizationId() == null || a.getOrganizationId() == organizationId);
        return readable ? a : null;
    }

    /** What the figures count: a view, a vote each way, a ticket answered with the article. */
    public enum Counter {
        VIEWS("views"), HELPFUL("helpful"), NOT_HELPFUL("not_helpful"), ANSWERED("answered");

        private final String column;

        Counter(String column) {
            this.column = column;
        }
    }

    /**
     * Counts one more on the article, in the database and without touching its version (readers must not make an
     * editor's save look stale); the article handed in is refreshed to show it.
     */
    public Article count(Article article, Counter counter) {
        // native: a JPQL bulk update would raise the version (EclipseLink keeps optimistic locking on update-all)
        em.createNativeQuery("update article set " + counter.column + " = " + counter.column + " + 1 where id = ?")
                .setParameter(1, article.getId()).executeUpdate();
        em.refresh(article);
        return article;
    }

    /** A vote changed its mind: one less on the side it left, one more on the side it took (version untouched). */
    public Article changeVote(Article article, boolean nowHelpful) {
        String more = nowHelpful ? Counter.HELPFUL.column : Counter.NOT_HELPFUL.column;
        String less = nowHelpful ? Counter.NOT_HELPFUL.column : Counter.HELPFUL.column;
        em.createNativeQuery("update article set " + more + " = " + more + " + 1, " + less + " = " + less
                + " - 1 where id = ?").setParameter(1, article.getId()).executeUpdate();
        em.refresh(article);
        return article;
    }

    /** A stem as a tsquery prefix; refuses anything but letters and digits (they are all KnowledgeText leaves). */
    static String prefix(String stem) {
        if (stem.isEmpty() || !stem.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("Not a normalised stem: " + stem);
        }
        return stem + ":*";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
