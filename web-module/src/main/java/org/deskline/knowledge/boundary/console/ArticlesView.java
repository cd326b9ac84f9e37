package org.deskline.knowledge.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.deskline.knowledge.boundary.KnowledgeDesk;
import org.deskline.knowledge.control.ArticleRules;
import org.deskline.knowledge.control.ArticleSearch;
import org.deskline.knowledge.entity.Article;
import org.deskline.knowledge.entity.ArticleContent;
import org.deskline.knowledge.entity.ArticleRevision;
import org.deskline.knowledge.entity.ArticleState;
import org.deskline.knowledge.entity.Audience;
import org.deskline.organization.boundary.Organizations;
import org.deskline.organization.entity.Organization;
import org.deskline.organization.entity.Project;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * K1 in the console (managers, administrators): find articles, write one (Markdown with a safe preview), publish,
 * archive, translate, and read its history. Data is loaded in actions, never in getters; a DeskException becomes a
 * message through the console's one exception handler.
 */
@Named
@ViewScoped
public class ArticlesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KnowledgeDesk desk;

    @Inject
    transient Organizations organizationList;

    private String query;
    private String filterLanguage;
    private String filterState;
    private List<ArticleSearch.Hit> hits = List.of();
    private List<Organization> organizations = List.of();
    private List<Project> projects = List.of();

    private Long id;
    private long version;
    private String language = "fa";
    private String category;
    private String title;
    private String body;
    private String videos;
    private String tags;
    private String audience = Audience.PUBLIC.name();
    private Long organizationId;
    private Long projectId;
    private String state;
    private String preview;
    private String translateTo = "en";
    private List<Article> translations = List.of();
    private List<ArticleRevision> history = List.of();
    private String figures;

    @PostConstruct
    void load() {
        organizations = organizationList.all();
        search();
    }

    public void search() {
        hits = desk.find(query, filterLanguage, filterState == null || filterState.isBlank() ? null
                : ArticleState.valueOf(filterState));
    }

    public void edit(long articleId) {
        show(desk.article(articleId));
    }

    public void startNew() {
        id = null;
        version = 0;
        category = null;
        title = null;
        body = null;
        videos = null;
        tags = null;
        audience = Audience.PUBLIC.name();
        organizationId = null;
        projectId = null;
        state = null;
        preview = null;
        translations = List.of();
        history = List.of();
        figures = null;
    }

    public void save() {
        ArticleContent content = new ArticleContent(language, category, title, body, lines(videos),
                tags == null ? List.of() : Arrays.asList(tags.split(",")), Audience.valueOf(audience), organizationId,
                projectId);
        Article saved = id == null ? desk.create(content) : desk.save(id, version, content);
        FacesErrors.info(Messages.text("articles.saved", saved.getTitle()));
        show(saved);
        search();
    }

    public void showPreview() {
        preview = desk.preview(body);
    }

    public void publish() {
        move(ArticleState.PUBLISHED);
    }

    public void archive() {
        move(ArticleState.ARCHIVED);
    }

    public void backToDraft() {
        move(ArticleState.DRAFT);
    }

    public void translate() {
        Article translation = desk.translate(id, translateTo);
        FacesErrors.info(Messages.text("articles.translated", translation.getLanguage()));
        show(translation);
        search();
    }

    public void chooseOrganization() {
        projects = organizationId == null ? List.of() : desk.projects(organizationId);
    }

    private void move(ArticleState to) {
        Article moved = desk.moveTo(id, version, to);
        FacesErrors.info(Messages.text("articles.moved", moved.getTitle()));
        show(moved);
        search();
    }

    private void show(Article a) {
        id = a.getId();
        version = a.getVersion();
        language = a.getLanguage();
        category = a.getCategory();
        title = a.getTitle();
        body = a.getBody();
        videos = String.join("\n", a.getVideoUrls());
        tags = String.join(", ", a.getTags());
        audience = a.getAudience().name();
        organizationId = a.getOrganizationId();
        projectId = a.getProjectId();
        state = a.getState().name();
        preview = desk.preview(a.getBody());
        translations = desk.translations(a.getId());
        history = desk.history(a.getId());
        figures = Messages.text("articles.figures", a.getViews(), a.getHelpful(), a.getNotHelpful(), a.getAnswered());
        chooseOrganization();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
    }

    public List<String> getLanguages() {
        return ArticleRules.LANGUAGES.stream().sorted().toList();
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<ArticleState> getStates() {
        return List.of(ArticleState.values());
    }

    public List<ArticleSearch.Hit> getHits() {
        return hits;
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Article> getTranslations() {
        return translations;
    }

    public List<ArticleRevision> getHistory() {
        return history;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public ArticleState getStateValue() {
        return state == null ? null : ArticleState.valueOf(state);
    }

    /** K1: views, helpful and not helpful votes, tickets answered with it. */
    public String getFigures() {
        return figures;
    }

    public String getPreview() {
        return preview;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getFilterLanguage() {
        return filterLanguage;
    }

    public void setFilterLanguage(String filterLanguage) {
        this.filterLanguage = filterLanguage;
    }

    public String getFilterState() {
        return filterState;
    }

    public void setFilterState(String filterState) {
        this.filterState = filterState;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
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

    public String getVideos() {
        return videos;
    }

    public void setVideos(String videos) {
        this.videos = videos;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public String getTranslateTo() {
        return translateTo;
    }

    public void setTranslateTo(String translateTo) {
        this.translateTo = translateTo;
    }
}
