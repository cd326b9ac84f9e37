package org.deskline.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
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

    /** The most candidates a search reads from the database before ranking. */
    public static final int CANDIDATES = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseKind database;

    /**
     * Candidates for {@code terms} (a query's words, {@link KnowledgeText#terms}): all of them ({@code every}) or
     * any; {@code organizationId} null means staff (every state and audience unless {@code state} says).
     */
    public List<Article> candidates(List<String> terms, boolean every, Long organizationId, String language,
                                    String category, ArticleState state) {
        StringBuilder sql = new StringBuilder("select a.id from article a where 1 = 1");
        List<Object> params = new ArrayList<>();
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
        List<String> stems = KnowledgeText.stems(terms);
        if (!stems.isEmpty() && database.postgres()) {
            // the query as a literal, not a parameter: PostgreSQL then plans each search for its own words (the GIN
            // index for a rare word); a generic plan of a prepared statement scanned the table. Stems hold letters
            // and digits only (KnowledgeText), checked again here, so nothing can leave the literal.
            sql.append(" and a.search_vector @@ to_tsquery('simple', '")
                    .append(String.join(every ? " & " : " | ", stems.stream().map(ArticleFinder::prefix).toList()))
                    .append("')");
        } else if (!stems.isEmpty()) {
            List<String> likes = new ArrayList<>();
            for (String stem : stems) {
                likes.add("(a.search_text like ? escape '\\' or a.search_text like ? escape '\\')");
                params.addAll(List.of(escape(stem) + "%", "% " + escape(stem) + "%"));
            }
            sql.append(" and (").append(String.join(every ? " and " : " or ", likes)).append(")");
        }
        // no order: the database stops at the limit on the cheaper plan; the ranking orders
        sql.append(" fetch first ").append(CANDIDATES).append(" rows only");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return ids.isEmpty() ? List.of() : em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
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
