package org.deskline.security.boundary.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Issue 20: the time-zone picker in the console's top bar; it also names, once per page, the zone the page's times
 * are in. Any IANA region is accepted (checked on the server); the list offers the usual ones.
 */
@Named
@RequestScoped
public class ZoneChoice {

    /** What the picker suggests; the field takes any other region too. */
    public static final List<String> SUGGESTED = List.of("Asia/Tehran", "Asia/Dubai", "Asia/Baku", "Asia/Tbilisi",
            "Asia/Yerevan", "Asia/Almaty", "Asia/Tashkent", "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata",
            "Asia/Istanbul", "Europe/Moscow", "Europe/Minsk", "Europe/Kyiv", "Europe/Berlin", "Europe/London",
            "Europe/Paris", "America/New_York", "America/Chicago", "America/Los_Angeles", "UTC");

    @Inject
    ConsoleSession console;

    private String value;

    public String getValue() {
        return value == null ? console.getZoneId() : value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public List<String> getSuggested() {
        return SUGGESTED;
    }

    /** A refused zone becomes a message naming the field (the console's exception handler). */
    public String apply() {
        return console.chooseZone(value);
    }
}
