package org.deskline.security.boundary.console;

import org.deskline.security.boundary.StaffAccess;
import org.deskline.security.boundary.StaffAdmin;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Enumeration;
import java.time.ZoneId;
import java.util.Locale;
import org.deskline.platform.boundary.ViewerZone;
import org.eclipse.microprofile.config.ConfigProvider;
import org.deskline.security.control.StaffMember;
import org.deskline.security.entity.Groups;
import org.deskline.security.control.StaffRules;
import org.deskline.security.entity.StaffRole;

/**
 * Who is signed in to the console, in which role, and in which language: the account's choice, else the
 * browser's first language the console speaks, else English. Persian pages are laid out right to left.
 */
@Named("console")
@SessionScoped
public class ConsoleSession implements Serializable, ViewerZone {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAccess access;

    @Inject
    transient StaffAdmin admin;

    private StaffMember member;
    private String language;
    /** Whose account the language was read from (null: chosen before signing in, from the browser). */
    private String languageOf;

    /**
     * The signed-in staff member (null on the login page, and for an API client that meets a console page such as
     * the 403 page: StaffAccess answers staff only).
     */
    public StaffMember getMember() {
        if (member == null && isStaff(FacesContext.getCurrentInstance().getExternalContext())) {
            member = access.member().orElse(null);
        }
        return member;
    }

    private static boolean isStaff(jakarta.faces.context.ExternalContext context) {
        return context.getUserPrincipal() != null && java.util.stream.Stream.of(Groups.ADMIN, Groups.MANAGER,
                Groups.AGENT, Groups.QUALITY_CONTROL).anyMatch(context::isUserInRole);
    }

    public String getLanguage() {
        StaffMember m = getMember();
        if (language == null || m != null && !m.username().equals(languageOf)) {
            language = m != null && m.locale() != null ? m.locale() : browserLanguage();
            languageOf = m == null ? null : m.username();
        }
        return language;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    /** Issue 20: the zone this user's times are shown in: their choice, else the console's default. */
    @Override
    public ZoneId zone() {
        StaffMember m = getMember();
        return m != null && m.timeZone() != null ? ZoneId.of(m.timeZone()) : defaultZone();
    }

    /**
     * The zone of users who chose none: DESK_CONSOLE_ZONE, else Asia/Tehran (the shipped business calendar's zone).
     * Read from the configuration when asked: a session bean keeps no injected configuration (it is passivated).
     */
    static ZoneId defaultZone() {
        return ZoneId.of(ConfigProvider.getConfig().getOptionalValue("desk.console.zone", String.class)
                .filter(z -> !z.isBlank()).orElse(ViewerZone.DEFAULT));
    }

    public String getZoneId() {
        return zone().getId();
    }

    /** The zone picker: kept on the account, like the language. */
    public String chooseZone(String choice) {
        if (getMember() != null) {
            admin.chooseTimeZone(choice);
            member = null;
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** "rtl" for Persian, else "ltr". */
    public String getDirection() {
        return "fa".equals(getLanguage()) ? "rtl" : "ltr";
    }

    /** The language picker: remembered on the account, so it follows the user to other browsers. */
    public String choose(String choice) {
        String checked = StaffRules.checkLanguage(choice);
        if (getMember() != null) {
            admin.chooseLanguage(checked);
            member = null;
        }
        language = checked == null ? browserLanguage() : checked;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public String getDisplayName() {
        return getMember() == null ? "" : member.displayName();
    }

    public StaffRole getRole() {
        return getMember() == null ? null : member.role();
    }

    public org.deskline.security.entity.Tier getTier() {
        return getMember() == null ? null : member.tier();
    }

    public boolean isAdmin() {
        return is(StaffRole.ADMIN);
    }

    /** Managers and administrators: billing, plans, calendars, maintenance, assigning tickets. */
    public boolean isManager() {
        return is(StaffRole.ADMIN) || is(StaffRole.MANAGER);
    }

    public boolean isQuality() {
        return is(StaffRole.QUALITY_CONTROL);
    }

    /** The audit trail: administrators, managers and quality control. */
    public boolean isAuditor() {
        return isManager() || isQuality();
    }

    private boolean is(StaffRole role) {
        StaffMember m = getMember();
        return m != null && m.role() == role;
    }

    private static String browserLanguage() {
        Enumeration<Locale> wanted = ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest()).getLocales();
        while (wanted.hasMoreElements()) {
            String language = wanted.nextElement().getLanguage();
            if (StaffRules.LANGUAGES.contains(language)) {
                return language;
            }
        }
        return StaffRules.LANGUAGES.get(0);
    }
}
