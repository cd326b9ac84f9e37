package org.deskline.knowledge.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.deskline.knowledge.control.ArticleRules;
import org.deskline.knowledge.entity.Article;

/**
 * K1, once per start: articles whose search text is of an older form ({@link ArticleRules#SEARCH_FORM}) are written
 * again in today's, a page at a time, without touching their version (an editor's open form stays valid). What it
 * changes is in the database, so a second start or a second server finds nothing left to do.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchTextUpgrade {

    private static final Logger LOG = Logger.getLogger(SearchTextUpgrade.class.getName());
    static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createSingleActionTimer(2_000, new TimerConfig("search-text-upgrade", false));
    }

    @Timeout
    void upgrade() {
        try {
            int done = 0;
            for (int page = upgradeNow(); page > 0; page = upgradeNow()) {
                done += page;
            }
            int total = done;
            if (total > 0) {
                LOG.info(() -> total + " article(s) got their search text in form " + ArticleRules.SEARCH_FORM);
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Writing the articles' search text again: " + e + "; the next start goes on");
        }
    }

    /** One page (in a transaction of its own when called from outside); how many it wrote (0 when none is left). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int upgradeNow() {
        List<Article> older = em.createQuery("select a from Article a where a.searchForm < :form order by a.id",
                Article.class).setParameter("form", ArticleRules.SEARCH_FORM).setMaxResults(PAGE).getResultList();
        for (Article a : older) {
            em.createNativeQuery("update article set search_head = ?, search_text = ?, search_form = ? where id = ?")
                    .setParameter(1, ArticleRules.searchHead(a.content()))
                    .setParameter(2, ArticleRules.searchText(a.content())).setParameter(3, ArticleRules.SEARCH_FORM)
                    .setParameter(4, a.getId()).executeUpdate();
        }
        if (!older.isEmpty()) {
            em.getEntityManagerFactory().getCache().evict(Article.class); // search ranks what it reads
        }
        return older.size();
    }
}
