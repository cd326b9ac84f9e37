package org.deskline.knowledge.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.deskline.knowledge.control.ArticleFinder;
import org.deskline.knowledge.control.ArticleReferences;
import org.deskline.knowledge.control.ArticleMarkdown;
import org.deskline.knowledge.control.ArticleRules;
import org.deskline.knowledge.control.ArticleSearch;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.ArticleRevision;
import org.deskline.knowledge.entity.ArticleState;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.ErrorCode;
import org.deskline.security.control.Audited;
import org.deskline.security.entity.Groups;

/**
 * K1 for staff: managers and administrators write, translate, publish and archive articles (each save a revision
 * with who and when, audited; a save names the version it edited, so two editors never overwrite each other); every
 * staff member finds and reads them to answer with. The actor is always the caller principal.
 */
@Stateless
@RolesAllowed({Groups.ADMIN, Groups.MANAGER})
public class KnowledgeDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleFinder finder;

    @Inject
    Clock clock;

    @Inject
    Principal caller;


    /** A new article, a draft (revision 1). */
    @Audited
    public Article create(ArticleContent content) {
        return newArticle(UUID.randomUUID().toString(), audience(ArticleRules.check(content)));
    }

    /** New content for the version the editor read (CONCURRENT_MODIFICATION when someone saved in between). */
    @Audited
    public Article save(long articleId, long readVersion, ArticleContent content) {
        Article a = edit(articleId, readVersion);
        ArticleContent checked = audience(ArticleRules.check(content));
        if (!checked.language().equals(a.getLanguage())) {
            throw DeskException.invalid("language", "K1", "An article keeps its language; translate it instead.");
        }
        Instant now = clock.instant();
        ArticleRules.write(a, checked, caller.getName(), now);
        revision(a, now);
        return a;
    }

    /** A translation: a new draft in another language, linked to the article, starting from its content. */
    @Audited
    public Article translate(long articleId, String language) {
        Article source = article(articleId);
        String l = ArticleRules.language(language, "language");
        boolean exists = !em.createQuery("select a.id from Article a where a.translationKey = :key and a.language = "
                        + ":language", Long.class).setParameter("key", source.getTranslationKey())
                .setParameter("language", l).getResultList().isEmpty();
        if (exists) {
            throw DeskException.invalid("language", "K1", "The article has a " + l + " version already.");
        }
        ArticleContent from = source.content();
        ArticleContent copy = new ArticleContent(l, from.category(), from.title(), from.body(), from.videoUrls(),
                from.tags(), from.audience(), from.organizationId(), from.projectId());
        return newArticle(source.getTranslationKey(), copy);
    }

    /** Publish, archive, or take back to draft (customers read only published articles). */
    @Audited
    public Article moveTo(long articleId, long readVersion, ArticleState state) {
        if (state == null) {
            throw DeskException.invalid("state", "K1", "DRAFT, PUBLISHED or ARCHIVED.");
        }
        Article a = edit(articleId, readVersion);
        Instant now = clock.instant();
        a.moveTo(state, caller.getName(), now);
        revision(a, now);
        return a;
    }

    /** Staff search over every article (of a state, when given), ranked like the customers'. */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public List<ArticleSearch.Hit> find(String query, String language, ArticleState state) {
        String l = language == null || language.isBlank() ? null : ArticleRules.language(language, "language");
        if (query == null || query.isBlank()) {
            return finder.listed(null, l, state).stream().map(a -> new ArticleSearch.Hit(a, 0, "")).toList();
        }
        List<String> terms = ArticleRules.query(query);
        return finder.hits(ArticleSearch.rank(finder.candidates(terms, true, null, l, null, state), terms), null);
    }

    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public Article article(long articleId) {
        Article a = em.find(Article.class, articleId);
        if (a == null) {
            throw DeskException.notFound("articleId", "article", articleId);
        }
        return a;
    }

    /** The article in every language it has, by language. */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public List<Article> translations(long articleId) {
        return em.createQuery("select a from Article a where a.translationKey = :key order by a.language",
                Article.class).setParameter("key", article(articleId).getTranslationKey()).getResultList();
    }

    /** Every saved version, newest first. */
    public List<ArticleRevision> history(long articleId) {
        article(articleId);
        return em.createQuery("select r from ArticleRevision r where r.articleId = :a order by r.revision desc",
                ArticleRevision.class).setParameter("a", articleId).getResultList();
    }

    /**
     * K1 (seed 004: a standard question is answered with a link to the instructions): the reply that answers a ticket
     * with an article (its title, its first paragraph and the reference {@code [KB-id]} a customer system reads it
     * by), for the agent to edit and send. Nothing is written yet: when the reply is sent, the ticket's own reply
     * (its checks, history, SLA and alerts) writes it, and {@link org.deskline.knowledge.control.ArticleReferences}
     * records the article on the ticket. The article must be published and readable by the ticket's organization.
     */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public String replyWith(long ticketId, long articleId) {
        org.deskline.ticket.entity.Ticket ticket = em.find(org.deskline.ticket.entity.Ticket.class, ticketId);
        if (ticket == null) {
            throw DeskException.notFound("ticketId", "ticket", ticketId);
        }
        Article a = finder.visible(articleId, ticket.getOrganizationId());
        if (a == null) {
            throw DeskException.notFound("articleId", "published article for this customer", articleId);
        }
        return a.getTitle() + "\n\n" + firstParagraph(a) + "\n\n" + ArticleReferences.reference(a.getId());
    }

    /** The articles a ticket was answered with. */
    @RolesAllowed({Groups.ADMIN, Groups.MANAGER, Groups.AGENT, Groups.QUALITY_CONTROL})
    public List<Article> answeredWith(long ticketId) {
        return em.createQuery("select a from Article a where a.id in (select t.articleId from TicketArticle t where "
                + "t.ticketId = :t) order by a.id", Article.class).setParameter("t", ticketId).getResultList();
    }

    private static String firstParagraph(Article a) {
        String text = org.deskline.knowledge.control.ArticleMarkdown.text(a.getBody()).strip();
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() > 600 ? first.substring(0, 600) + "…" : first;
    }

    /** The projects of an organization (for a project-specific article's audience). */
    public List<Project> projects(long organizationId) {
        return em.createQuery("select p from Project p where p.organization.id = :o order by p.code", Project.class)
                .setParameter("o", organizationId).getResultList();
    }

    /** What readers will see (raw HTML escaped, unsafe links dropped); the body is checked as a save checks it. */
    public String preview(String markdown) {
        String body = markdown == null ? "" : markdown;
        if (body.length() > ArticleRules.BODY_MAX) {
            throw DeskException.invalid("body", "K1", "The body has at most " + ArticleRules.BODY_MAX
                    + " characters.");
        }
        ArticleMarkdown.check(body, "body");
        return ArticleMarkdown.html(body);
    }

    private Article edit(long articleId, long readVersion) {
        Article a = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw DeskException.notFound("articleId", "article", articleId);
        }
        if (a.getVersion() != readVersion) {
            throw new DeskException(ErrorCode.CONCURRENT_MODIFICATION, "version", "K1", "Someone else saved article "
                    + articleId + " since you opened it (" + a.getUpdatedBy() + "); reload it and apply your change "
                    + "again.");
        }
        return a;
    }

    /** The audience's organization and project exist and belong together. */
    private ArticleContent audience(ArticleContent c) {
        if (c.organizationId() != null && em.find(Organization.class, c.organizationId()) == null) {
            throw DeskException.notFound("organizationId", "organization", c.organizationId());
        }
        if (c.projectId() != null) {
            Project p = em.find(Project.class, c.projectId());
            if (p == null || !p.getOrganization().getId().equals(c.organizationId())) {
                throw DeskException.notFound("projectId", "project", c.projectId());
            }
        }
        return c;
    }

    /** A new draft with checked content (revision 1). */
    private Article newArticle(String translationKey, ArticleContent checked) {
        Instant now = clock.instant();
        Article a = new Article(translationKey, checked.language(), caller.getName(), now);
        ArticleRules.write(a, checked, caller.getName(), now);
        em.persist(a);
        em.flush();
        revision(a, now);
        return a;
    }

    private void revision(Article a, Instant at) {
        em.flush(); // the article's new version is written, and is the one the caller gets back
        long count = em.createQuery("select count(r) from ArticleRevision r where r.articleId = :a", Long.class)
                .setParameter("a", a.getId()).getSingleResult();
        em.persist(new ArticleRevision(a, (int) count + 1, caller.getName(), at));
    }
}
