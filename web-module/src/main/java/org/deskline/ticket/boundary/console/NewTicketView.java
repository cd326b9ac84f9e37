package org.deskline.ticket.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.deskline.organization.entity.Project;
import org.deskline.platform.DeskException;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.ticket.boundary.AgentDesk;
import org.deskline.ticket.control.NewTicket;
import org.deskline.ticket.entity.Category;
import org.deskline.ticket.entity.Channel;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketKind;

/**
 * T14: staff log a ticket a customer reported by phone, chat or e-mail, on the customer's behalf, under the same
 * rules as one opened over SOAP (T2, T9, T10, S1); the channel and the agent (the caller principal) are recorded.
 */
@Named("newTicket")
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgentDesk desk;

    private List<Project> projects;
    private Long projectId;
    private Channel channel = Channel.PHONE;
    private TicketKind kind = TicketKind.SUPPORT;
    private Category category = Category.TECHNICAL;
    private Priority priority = Priority.NORMAL;
    private boolean emergency;
    private String title;
    private String description;
    private String stepsToReproduce;
    private String pageUrl;
    private String productVersion;

    public String create() {
        Project project = getProjects().stream().filter(p -> p.getId().equals(projectId)).findFirst()
                .orElseThrow(() -> DeskException.invalid("projectId", "T14", "Choose the customer's project."));
        Ticket ticket = desk.logForCustomer(project.getId(), new NewTicket(project.getCode(), kind, title, category,
                priority, description, emergency, null, new NewTicket.Report(stepsToReproduce, pageUrl,
                productVersion)), channel);
        FacesErrors.infoAfterRedirect(Messages.text("newTicket.logged"));
        return "/console/ticket.xhtml?faces-redirect=true&id=" + ticket.getId();
    }

    /** The projects an agent may log for, read once a view. */
    @PostConstruct
    void load() {
        projects = desk.projects();
    }

    public List<Project> getProjects() {
        return projects;
    }

    /** Customers reach staff by these; SOAP and the system open tickets themselves. */
    public List<Channel> getChannels() {
        return List.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL, Channel.CONSOLE);
    }

    /** What a customer may report; checkups, maintenance and site transfers are opened by the system (M2-M4). */
    public List<TicketKind> getKinds() {
        return List.of(TicketKind.SUPPORT, TicketKind.DEVELOPMENT_REQUEST);
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    public List<Priority> getPriorities() {
        return List.of(Priority.values());
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public TicketKind getKind() {
        return kind;
    }

    public void setKind(TicketKind kind) {
        this.kind = kind;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStepsToReproduce() {
        return stepsToReproduce;
    }

    public void setStepsToReproduce(String stepsToReproduce) {
        this.stepsToReproduce = stepsToReproduce;
    }

    public String getPageUrl() {
        return pageUrl;
    }

    public void setPageUrl(String pageUrl) {
        this.pageUrl = pageUrl;
    }

    public String getProductVersion() {
        return productVersion;
    }

    public void setProductVersion(String productVersion) {
        this.productVersion = productVersion;
    }
}
