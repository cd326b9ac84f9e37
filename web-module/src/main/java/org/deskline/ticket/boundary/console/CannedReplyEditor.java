package org.deskline.ticket.boundary.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.deskline.platform.boundary.ConsoleEditor;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.security.entity.Tier;
import org.deskline.ticket.boundary.CannedReplies;
import org.deskline.ticket.control.CannedReplyRules;
import org.deskline.ticket.entity.CannedReply;

/**
 * Issue 20: the canned replies page (managers, administrators): the list, and a form for one reply (title,
 * language or any, team or every team, body with its placeholders), saved with the version it was read at, or
 * deleted.
 */
@Named
@ViewScoped
public class CannedReplyEditor extends ConsoleEditor<Long, CannedReply> {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CannedReplies replies;

    private Long readVersion;
    private String title;
    private String body;
    private String language;
    private Tier tier;

    @Override
    protected Catalog<Long, CannedReply> catalog() {
        return new Catalog<>(replies::all, replies::find, CannedReply::getId);
    }

    @Override
    protected void show(CannedReply c) {
        if (c == null) {
            return;
        }
        readVersion = c.getVersion();
        title = c.getTitle();
        body = c.getBody();
        language = c.getLanguage();
        tier = c.getTier();
    }

    public String save() {
        CannedReply saved = replies.save(isCreating() ? null : getRequested(), readVersion, title, body, language,
                tier);
        FacesErrors.infoAfterRedirect(Messages.text("done.replySaved", saved.getTitle()));
        return "/console/replies?faces-redirect=true&id=" + saved.getId();
    }

    public String delete() {
        replies.delete(getRequested());
        FacesErrors.infoAfterRedirect(Messages.text("done.replyDeleted", title));
        return "/console/replies?faces-redirect=true";
    }

    public List<CannedReply> getReplies() {
        return items();
    }

    public List<String> getLanguages() {
        return CannedReplyRules.LANGUAGES;
    }

    public Tier[] getTiers() {
        return Tier.values();
    }

    public String getPlaceholders() {
        return String.join(" ", CannedReplyRules.PLACEHOLDERS);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }
}
