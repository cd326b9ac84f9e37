package org.deskline.billing.boundary.console;

import jakarta.annotation.PostConstruct;
import org.deskline.platform.boundary.RequestParameters;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.deskline.billing.boundary.TicketBilling;
import org.deskline.billing.control.TimeEntries;
import org.deskline.billing.entity.ServiceType;
import org.deskline.billing.entity.TicketTerms;
import org.deskline.billing.entity.TimeEntry;
import org.deskline.billing.entity.WorkClass;
import org.deskline.platform.DeskException;
import org.deskline.platform.control.SolarHijri;
import org.deskline.platform.boundary.DisplayFormats;
import org.deskline.platform.boundary.FacesErrors;
import org.deskline.platform.boundary.Messages;

/**
 * The ticket page's time and billing section: the B2 classification, time entries with the billed figure shown
 * before saving (B4, who pays per B1/B3/B5), and the customer's consent to production work (B9). Times are typed and
 * shown in the user's zone like every time in the console (issue 20); B4 then prices the instants by the billing
 * calendar's zone and holidays, whatever zone they were typed in.
 */
@Named
@ViewScoped
public class TimeLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    transient TicketBilling billing;

    @Inject
    transient org.deskline.platform.boundary.ViewerZone viewer;

    @Inject
    transient org.deskline.knowledge.boundary.KnowledgeDesk knowledge;

    private Long ticketId;
    private transient org.deskline.ticket.entity.Ticket ticket;
    private transient TicketTerms terms;
    private transient List<TimeEntry> entries = List.of();
    private String workClass;
    private String day;
    private String from;
    private String to;
    private String serviceType = ServiceType.SUPPORT.name();
    private String note;
    private String quote;
    private String route;
    private String consentBy;
    private String consentNote;
    private boolean onProduction;

    @PostConstruct
    void init() {
        ticketId = RequestParameters.number("id");
        day = DisplayFormats.dayText(LocalDate.now(zone())); // Solar Hijri on Persian pages, read back as typed
        load();
        if (ticket != null && !knowledge.answeredWith(ticketId).isEmpty()) {
            // K1, seed 001: a ticket answered with an article was pointed to free training material: not billed
            serviceType = ServiceType.TRAINING_MATERIAL.name();
        }
    }

    /** Reads the ticket, its billing terms and its time entries (again after each change made here). */
    private void load() {
        if (ticketId == null) {
            return;
        }
        try {
            ticket = billing.ticket(ticketId);
            terms = billing.terms(ticketId);
            entries = billing.entriesOf(ticketId);
        } catch (DeskException e) {
            ticket = null; // the ticket page says what is wrong; this section stays hidden
        }
    }

    /** The ticket (its kind decides whether B8 applies); null when there is none to show. */
    public org.deskline.ticket.entity.Ticket getTicket() {
        return ticket;
    }

    /** B2/B8/B9: support's billing decisions on the ticket. */
    public TicketTerms getTerms() {
        return terms;
    }

    public List<TimeEntry> getEntries() {
        return entries;
    }

    /** What time can be spent on (chosen by name, shown by label). */
    public List<ServiceType> getServiceTypes() {
        return List.of(ServiceType.values());
    }

    public List<WorkClass> getWorkClasses() {
        return List.of(WorkClass.values());
    }

    /** An entry's start or end for the table: in the user's zone, Solar Hijri on Persian pages. */
    public String local(Instant t) {
        return DisplayFormats.timeText(t);
    }

    public void classify() {
        WorkClass chosen = workClass == null || workClass.isBlank() ? null : WorkClass.valueOf(workClass);
        billing.classify(ticketId, chosen);
        load();
        FacesErrors.info(Messages.text("done.classified", DisplayFormats.labelText(chosen)));
    }

    /** B4: the price before saving. */
    public void preview() {
        try {
            Instant[] span = span();
            TimeEntries.Quote q = billing.preview(ticketId, span[0], span[1], service());
            quote = q.explain();
        } catch (DeskException e) {
            quote = null;
            FacesErrors.show(e);
        }
    }

    public void log() {
        Instant[] span = span();
        TimeEntry entry = billing.logTime(ticketId, span[0], span[1], service(),
                blankToNull(note), onProduction);
        FacesErrors.info(Messages.text("done.logged", DisplayFormats.digits(entry.getWorkedMinutes()),
                DisplayFormats.digits(entry.getBilledMinutes()), DisplayFormats.labelText(entry.getCoverage()),
                DisplayFormats.digits(entry.getAmount())));
        quote = null;
        note = null;
        onProduction = false;
        load();
    }

    /** B8: R&D (no date promised) or paid custom development, for a development request. */
    public void routeRequest() {
        billing.routeFeatureRequest(ticketId, route == null || route.isBlank() ? null
                : org.deskline.billing.entity.FeatureRoute.valueOf(route));
        load();
        FacesErrors.info(Messages.text("done.routed", route));
    }

    public List<org.deskline.billing.entity.FeatureRoute> getRoutes() {
        return List.of(org.deskline.billing.entity.FeatureRoute.values());
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public void recordConsent() {
        billing.recordConsent(ticketId, consentBy, consentNote);
        FacesErrors.info(Messages.text("done.consent", consentBy.strip()));
        consentBy = null;
        consentNote = null;
        load();
    }

    private Instant[] span() {
        LocalDate d = parse("day", "refusal.format.day", () -> DisplayFormats.typedDay(day),
                "Type the day as 2026-12-01 or, Solar Hijri, 1405/09/10.");
        LocalTime start = parse("from", "refusal.format.from", () -> LocalTime.parse(typed(from), HM),
                "Type the start as 09:30.");
        LocalTime end = parse("to", "refusal.format.to", () -> LocalTime.parse(typed(to), HM),
                "Type the end as 10:45 (an end before the start is on the next day).");
        Instant s = d.atTime(start).atZone(zone()).toInstant();
        Instant e = (end.isAfter(start) ? d : d.plusDays(1)).atTime(end).atZone(zone()).toInstant();
        return new Instant[] {s, e};
    }

    private ServiceType service() {
        try {
            return ServiceType.valueOf(serviceType);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DeskException.invalid("serviceType", "B3", "Choose what the time was spent on.")
                    .because("refusal.chooseService");
        }
    }

    /** The field as typed, in the digits the parsers read (a Persian keyboard types ۱۰:۳۰). */
    private static String typed(String field) {
        return field == null ? "" : SolarHijri.latinDigits(field.strip());
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(String field, String key, Parse<T> parse, String how) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            throw DeskException.invalid(field, "B4", how).because(key);
        }
    }

    private ZoneId zone() {
        return viewer.zone();
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean isOnProduction() {
        return onProduction;
    }

    public void setOnProduction(boolean onProduction) {
        this.onProduction = onProduction;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getWorkClass() {
        return workClass;
    }

    public void setWorkClass(String workClass) {
        this.workClass = workClass;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getServiceType() {
        return serviceType;
    }

    public void setServiceType(String serviceType) {
        this.serviceType = serviceType;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getQuote() {
        return quote;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public void setConsentBy(String consentBy) {
        this.consentBy = consentBy;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public void setConsentNote(String consentNote) {
        this.consentNote = consentNote;
    }
}
