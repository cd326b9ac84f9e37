package org.deskline.ticket.boundary.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deskline.organization.entity.Organization;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;
import org.deskline.security.entity.SavedFilter;
import org.deskline.ticket.boundary.SavedFilters;
import org.deskline.ticket.boundary.TicketQueue;
import org.deskline.ticket.control.QueueFilter;
import org.deskline.ticket.control.TicketDeadlines.Deadline;
import org.deskline.ticket.entity.Priority;
import org.deskline.ticket.entity.Ticket;
import org.deskline.ticket.entity.TicketStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The queue: a lazily loaded, sortable ticket table (a page at a time from the database) with the countdown to
 * each ticket's next SLA deadline, filters (status, priority, organization, assignee, words, emergencies, due within,
 * waiting for the customer), the built-in filters "my tickets", "breaching within 1 h", "waiting for the customer
 * over 24 h", and the user's own saved filters. The latest alerts beside it are the alert feature's
 * (LatestAlertsView).
 */
@Named
@ViewScoped
public class TicketListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TicketQueue queue;

    @Inject
    transient SavedFilters saved;

    @Inject
    transient org.deskline.organization.boundary.Organizations organizations;

    private List<String> statuses = new java.util.ArrayList<>();
    private String priority;
    private Long organizationId;
    private String assignee;
    private String words;
    private boolean emergencyOnly;
    private Integer dueWithinMinutes;
    private Integer waitingOverHours;
    private String filterName;
    private String active = "";
    /** More tickets match than the queue counts ({@link TicketQueue#COUNT_CAP}): the page says so. */
    private boolean capped;
    private QueueFilter filter = QueueFilter.all();
    private transient List<Organization> organizationChoices = List.of();
    private transient List<SavedFilter> savedFilters = List.of();
    private final Map<Long, Deadline> nextDue = new HashMap<>();
    private final LazyDataModel<Ticket> tickets = new Tickets();

    @PostConstruct
    void init() {
        organizationChoices = organizations.all();
        savedFilters = saved.mine();
        String chosen = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("filter");
        if (chosen != null && QueueFilter.BUILT_IN.containsKey(chosen)) {
            use(QueueFilter.BUILT_IN.get(chosen), chosen);
        }
    }

    /** The table's data: the database pages, sorts and counts; SLA countdowns are read for the shown page only. */
    private final class Tickets extends LazyDataModel<Ticket> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long matching = queue.count(filter);
            capped = matching > TicketQueue.COUNT_CAP;
            return (int) Math.min(matching, TicketQueue.COUNT_CAP);
        }

        @Override
        public List<Ticket> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                 Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            List<Ticket> page = queue.search(filter, sort == null ? null : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING, first, pageSize);
            nextDue.clear();
            nextDue.putAll(queue.nextDue(page.stream().map(Ticket::getId).toList()));
            setRowCount(count(filterBy));
            return page;
        }

        @Override
        public String getRowKey(Ticket ticket) {
            return String.valueOf(ticket.getId());
        }

        @Override
        public Ticket getRowData(String rowKey) {
            return queue.ticket(Long.parseLong(rowKey));
        }
    }

    /** Applies the form's fields. */
    public void apply() {
        Set<TicketStatus> chosen = statuses.isEmpty() ? null : statuses.stream().map(TicketStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TicketStatus.class)));
        filter = new QueueFilter(chosen, priority == null || priority.isBlank() ? null : Priority.valueOf(priority),
                organizationId, assignee, words, emergencyOnly, dueWithinMinutes, waitingOverHours);
        active = "";
    }

    public void builtIn(String key) {
        use(QueueFilter.BUILT_IN.get(key), key);
    }

    public void savedFilter(long id) {
        SavedFilter f = saved.find(id);
        use(QueueFilter.parse(f.getDefinition()), "saved-" + id);
    }

    public void save() {
        apply();
        saved.save(filterName, filter);
        savedFilters = saved.mine();
        FacesErrors.info(Messages.text("queue.saved", filterName.strip()));
        filterName = null;
    }

    public void deleteSaved(long id) {
        saved.delete(id);
        savedFilters = saved.mine();
    }

    public void clear() {
        use(QueueFilter.all(), "");
    }

    private void use(QueueFilter chosen, String key) {
        filter = chosen;
        active = key;
        statuses = chosen.statuses().equals(QueueFilter.ACTIVE) ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(chosen.statuses().stream().sorted().map(Enum::name).toList());
        priority = chosen.priority() == null ? null : chosen.priority().name();
        organizationId = chosen.organizationId();
        assignee = chosen.assignee();
        words = chosen.words();
        emergencyOnly = chosen.emergencyOnly();
        dueWithinMinutes = chosen.dueWithinMinutes();
        waitingOverHours = chosen.waitingOverHours();
    }

    public List<SavedFilter> getSavedFilters() {
        return savedFilters;
    }

    public List<String> getBuiltInKeys() {
        return List.copyOf(QueueFilter.BUILT_IN.keySet());
    }

    public List<Organization> getOrganizations() {
        return organizationChoices;
    }

    public List<TicketStatus> getStatusChoices() {
        return QueueFilter.statusChoices();
    }

    public List<Priority> getPriorityChoices() {
        return List.of(Priority.values());
    }

    /** S6: per ticket id on the shown page, its running clock with the nearest deadline. */
    public Map<Long, Deadline> getNextDue() {
        return nextDue;
    }

    public LazyDataModel<Ticket> getTickets() {
        return tickets;
    }


    public boolean isCapped() {
        return capped;
    }

    /** "More than 1,000 tickets match …" in the page's language. */
    public String getCappedText() {
        return Messages.text("queue.capped", org.deskline.platform.boundary.DisplayFormats.digits(
                TicketQueue.COUNT_CAP));
    }

    public String getActive() {
        return active;
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(statuses);
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public boolean isEmergencyOnly() {
        return emergencyOnly;
    }

    public void setEmergencyOnly(boolean emergencyOnly) {
        this.emergencyOnly = emergencyOnly;
    }

    public Integer getDueWithinMinutes() {
        return dueWithinMinutes;
    }

    public void setDueWithinMinutes(Integer dueWithinMinutes) {
        this.dueWithinMinutes = dueWithinMinutes;
    }

    public Integer getWaitingOverHours() {
        return waitingOverHours;
    }

    public void setWaitingOverHours(Integer waitingOverHours) {
        this.waitingOverHours = waitingOverHours;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }
}
