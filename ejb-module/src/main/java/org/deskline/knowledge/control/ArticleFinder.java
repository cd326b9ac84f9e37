package org.deskline.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleState;

/**
 * K1: the database side of search. Finds the candidate articles (every word in their search text, or any word for
 * suggestions), of a language and under a category when asked, visible to an organization (published, and public or
 * its own) or, for staff, all of them; {@link ArticleSearch} ranks them. At most {@link #CANDIDATES} are read.
 */
@ApplicationScoped
public class ArticleFinder {

    /** The most candidates a search reads from the database before ranking. */
    public static final int CANDIDATES = 500;

    @PersistenceContext
    EntityManager em;

    /**
     * Candidates for {@code terms}: all of them ({@code every}) or any; {@code organizationId} null means staff (every
     * state and audience unless {@code state} says).
     */
    public List<Article> candidates(List<String> terms, boolean every, Long organizationId, String language,
                                    String category, ArticleState state) {
        StringBuilder jpql = new StringBuilder("select a from Article a where 1 = 1");
        if (organizationId != null) {
            jpql.append(" and a.state = org.deskline.knowledge.entity.ArticleState.PUBLISHED and (a.audience = "
                    + "org.deskline.knowledge.entity.Audience.PUBLIC or a.organizationId = :org)");
        } else if (state != null) {
            jpql.append(" and a.state = :state");
        }
        if (language != null) {
            jpql.append(" and a.language = :language");
        }
        if (category != null) {
            jpql.append(" and (a.category = :category or a.category like :under escape '\\')");
        }
        List<String> likes = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            likes.add("a.searchText like :t" + i + " escape '\\'");
        }
        if (!likes.isEmpty()) {
            jpql.append(" and (").append(String.join(every ? " and " : " or ", likes)).append(")");
        }
        // no order: the database stops at the limit, on whichever plan is cheaper (the trigram index for a rare word,
        // a plain scan for a common one); the ranking orders
        TypedQuery<Article> query = em.createQuery(jpql.toString(), Article.class);
        if (organizationId != null) {
            query.setParameter("org", organizationId);
        } else if (state != null) {
            query.setParameter("state", state);
        }
        if (language != null) {
            query.setParameter("language", language);
        }
        if (category != null) {
            query.setParameter("category", category).setParameter("under", escape(category) + "/%");
        }
        for (int i = 0; i < terms.size(); i++) {
            query.setParameter("t" + i, "%" + escape(terms.get(i)) + "%");
        }
        return query.setMaxResults(CANDIDATES).getResultList();
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

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
