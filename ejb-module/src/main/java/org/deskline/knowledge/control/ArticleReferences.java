package org.deskline.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.TicketArticle;
import org.deskline.platform.DeskException;
import org.deskline.ticket.control.MessageWritten;
import org.deskline.ticket.entity.TicketAction;
import org.deskline.ticket.entity.Visibility;

/**
 * K1, seed 004 (a standard question is answered with a link to the instructions) and seed 001 (pointing a customer to
 * free training material is not billed): a public reply of staff that names articles as {@code [KB-id]} answers the
 * ticket with them. In the reply's own transaction each article is recorded on the ticket once and counts one more
 * ticket answered; a reference to an article the customer cannot read refuses the reply (nothing is written).
 */
@ApplicationScoped
public class ArticleReferences {

    /** The most articles one reply is read for. */
    static final int MAX_PER_REPLY = 10;
    private static final Pattern REFERENCE = Pattern.compile("\\[KB-(\\d{1,12})]");

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleFinder finder;

    /** How a reply names an article: customer systems read it with KnowledgeService.getArticle(id). */
    public static String reference(long articleId) {
        return "[KB-" + articleId + "]";
    }

    /** The articles a text names, in order, without repeats, at most {@link #MAX_PER_REPLY}. */
    static Set<Long> named(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(text == null ? "" : text);
        while (m.find() && ids.size() < MAX_PER_REPLY) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    void written(@Observes MessageWritten written) {
        if (written.message().getVisibility() != Visibility.PUBLIC
                || written.message().getAuthorKind() != TicketAction.Actor.AGENT) {
            return;
        }
        long ticketId = written.ticket().getId();
        for (long articleId : named(written.message().getBody())) {
            Article a = finder.visible(articleId, written.ticket().getOrganizationId());
            if (a == null) {
                throw DeskException.invalid("text", "K1", "[KB-" + articleId + "] names no article published for "
                        + "this customer: choose one with the knowledge base search on this page.");
            }
            boolean first = em.createQuery("select t.id from TicketArticle t where t.ticketId = :t and "
                    + "t.articleId = :a", Long.class).setParameter("t", ticketId).setParameter("a", articleId)
                    .getResultList().isEmpty();
            if (first) {
                em.persist(new TicketArticle(ticketId, articleId, written.message().getAuthor(),
                        written.message().getCreatedAt()));
                finder.count(a, ArticleFinder.Counter.ANSWERED);
            }
        }
    }
}
