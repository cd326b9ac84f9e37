package org.deskline.knowledge.boundary.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.deskline.knowledge.boundary.KnowledgeDesk;
import org.deskline.knowledge.control.ArticleSearch;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleState;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * K1 on the ticket page: an agent finds a published article and puts a reply naming it into the reply box (seed 004:
 * standard questions get a link to the instructions), edits it and sends it with the ticket's own reply; the page
 * composes it with the ticket's own view, so the ticket feature needs no knowledge class. Loaded in the view action,
 * searched in an action.
 */
@Named
@ViewScoped
public class TicketArticleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnowledgeDesk desk;

    @Inject
    org.deskline.ticket.boundary.console.TicketActionsView actions;

    private Long ticketId;
    private String query;
    private Long articleId;
    private List<ArticleSearch.Hit> hits = List.of();
    private List<Article> answeredWith = List.of();

    public void load(Long id) {
        ticketId = id;
        if (id != null) {
            answeredWith = desk.answeredWith(id);
        }
    }

    public void search() {
        hits = desk.find(query, null, ArticleState.PUBLISHED);
        articleId = hits.isEmpty() ? null : hits.get(0).article().getId();
    }

    /**
     * Puts the reply that answers with the chosen article into the reply box (after what the agent typed there), to
     * edit and send; sending records the article on the ticket.
     */
    public void insert() {
        actions.append(desk.replyWith(ticketId, articleId == null ? -1 : articleId));
        FacesErrors.info(Messages.text("articles.inserted"));
    }

    public List<ArticleSearch.Hit> getHits() {
        return hits;
    }

    public List<Article> getAnsweredWith() {
        return answeredWith;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }
}
