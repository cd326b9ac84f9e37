package org.deskline.knowledge.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.deskline.knowledge.control.ArticleFinder;
import org.deskline.knowledge.control.ArticleRules;
import org.deskline.knowledge.control.ArticleSearch;
import org.deskline.knowledge.control.KnowledgeText;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleRating;
import org.deskline.knowledge.entity.KnowledgeQuery;
import org.deskline.organization.control.CallerDirectory;
import org.deskline.platform.DeskException;

/**
 * K1 for customer systems (SOAP): search, read, browse and rate the articles the caller's organization may read
 * (published; for every customer, or for the caller's organization or one of its projects). Another organization's
 * article answers NOT_FOUND exactly like a missing one.
 */
@Stateless
public class CustomerKnowledge {

    /** One page of search hits, and how many there are in all. */
    public record Page(List<ArticleSearch.Hit> hits, int total, int page, int pageSize) {
    }

    /** A category path and how many readable articles it holds (directly or below). */
    public record Category(String path, int articles) {
    }

    /** How many suggestions a ticket's words bring. */
    public static final int SUGGESTIONS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerDirectory callers;

    @Inject
    ArticleFinder finder;

    @Inject
    Clock clock;

    /** Ranked articles holding every word of the query; a page past the last is refused (VALIDATION, page). */
    public Page search(String apiClient, String query, String language, String category, Integer page) {
        long organization = callers.require(apiClient);
        List<String> terms = ArticleRules.query(query);
        int p = ArticleRules.page(page);
        List<ArticleSearch.Scored> hits = ArticleSearch.rank(finder.candidates(terms, true, organization,
                language == null || language.isBlank() ? null : ArticleRules.language(language, "language"),
                category == null || category.isBlank() ? null : ArticleRules.category(category), null), terms);
        int size = ArticleRules.PAGE_SIZE;
        int last = hits.isEmpty() ? 0 : (hits.size() - 1) / size;
        if (p > last) {
            throw DeskException.invalid("page", "K1", "Page " + p + " is past the last page (" + last + ") of "
                    + hits.size() + " hits.");
        }
        if (p == 0) {
            em.persist(new KnowledgeQuery(organization, KnowledgeQuery.SEARCH, hits.size(), clock.instant()));
        }
        return new Page(finder.hits(hits.subList(p * size, Math.min(hits.size(), (p + 1) * size)), terms),
                hits.size(), p, size);
    }

    /** One readable article; each read counts as a view. */
    public Article article(String apiClient, long articleId) {
        long organization = callers.require(apiClient);
        Article a = finder.visible(articleId, organization);
        if (a == null) {
            throw DeskException.notFound("articleId", "article", articleId);
        }
        return finder.count(a, ArticleFinder.Counter.VIEWS);
    }

    /** The readable translations of an article (language to id), itself included. */
    public Map<String, Long> translations(String apiClient, Article article) {
        long organization = callers.require(apiClient);
        Map<String, Long> all = new TreeMap<>();
        em.createQuery("select a from Article a where a.translationKey = :key", Article.class)
                .setParameter("key", article.getTranslationKey()).getResultStream()
                .filter(t -> finder.visible(t.getId(), organization) != null)
                .forEach(t -> all.put(t.getLanguage(), t.getId()));
        return all;
    }

    /** The category tree as paths, with how many readable articles each holds (below it included). */
    public List<Category> categories(String apiClient, String language) {
        long organization = callers.require(apiClient);
        String l = language == null || language.isBlank() ? null : ArticleRules.language(language, "language");
        Map<String, Integer> counts = new TreeMap<>();
        finder.categoryCounts(organization, l).forEach((category, n) -> {
            String path = "";
            for (String segment : category.split("/")) {
                path = path.isEmpty() ? segment : path + "/" + segment;
                counts.merge(path, n, Integer::sum);
            }
        });
        return counts.entrySet().stream().map(e -> new Category(e.getKey(), e.getValue())).toList();
    }

    /**
     * Helpful or not, with an optional comment (at most 1,000 characters). One vote per customer system and article:
     * voting again replaces the vote (and moves it between the article's figures when it changed its mind).
     */
    public Article rate(String apiClient, long articleId, boolean helpful, String comment) {
        long organization = callers.require(apiClient);
        if (comment != null && comment.strip().length() > ArticleRules.COMMENT_MAX) {
            throw DeskException.invalid("comment", "K1", "A comment has at most " + ArticleRules.COMMENT_MAX
                    + " characters.");
        }
        Article a = finder.visible(articleId, organization);
        if (a == null) {
            throw DeskException.notFound("articleId", "article", articleId);
        }
        String kept = comment == null || comment.isBlank() ? null : comment.strip();
        ArticleRating earlier = em.createNamedQuery(ArticleRating.OF_VOTER, ArticleRating.class)
                .setParameter("article", articleId).setParameter("by", apiClient).getResultStream().findFirst()
                .orElse(null);
        if (earlier == null) {
            em.persist(new ArticleRating(articleId, organization, apiClient, helpful, kept, clock.instant()));
            return finder.count(a, helpful ? ArticleFinder.Counter.HELPFUL : ArticleFinder.Counter.NOT_HELPFUL);
        }
        boolean changed = earlier.isHelpful() != helpful;
        earlier.revise(helpful, kept, clock.instant());
        return changed ? finder.changeVote(a, helpful) : a;
    }

    /**
     * K1 deflection: up to {@link #SUGGESTIONS} readable articles for what a customer is about to report, from the
     * words of its title and the start of its description (any word counts; more words, better rank).
     */
    public List<ArticleSearch.Hit> suggest(String apiClient, String title, String description) {
        long organization = callers.require(apiClient);
        if (title == null || title.isBlank() || title.length() > ArticleRules.TITLE_MAX) {
            throw DeskException.invalid("title", "K1", "A title of 1-" + ArticleRules.TITLE_MAX + " characters.");
        }
        if (description != null && description.length() > ArticleRules.BODY_MAX) {
            throw DeskException.invalid("description", "K1", "A description of at most " + ArticleRules.BODY_MAX
                    + " characters.");
        }
        String words = title + " " + (description == null ? ""
                : description.substring(0, Math.min(description.length(), 500)));
        List<String> terms = KnowledgeText.terms(words).stream().filter(t -> t.length() >= 3).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        List<ArticleSearch.Scored> ranked = ArticleSearch.rankAny(finder.candidates(terms, false, organization,
                null, null, null), terms);
        List<ArticleSearch.Hit> suggested = finder.hits(ranked.subList(0, Math.min(SUGGESTIONS, ranked.size())),
                terms);
        em.persist(new KnowledgeQuery(organization, KnowledgeQuery.SUGGEST, suggested.size(), clock.instant()));
        return suggested;
    }
}
