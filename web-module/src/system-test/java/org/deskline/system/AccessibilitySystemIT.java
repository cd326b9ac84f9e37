package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.deskline.client.ticket.Ticket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Issue 20: axe-core (Deque's rules, the script injected into the page) finds no serious or critical violation on
 * any console page, in English, Persian (right to left) and Russian. The administrator sees every page; the browser
 * asks for the language (Accept-Language), so the account's own choice is left alone.
 */
class AccessibilitySystemIT {

    /** Every console page an administrator opens; the ticket page gets a ticket made for it. */
    private static final List<String> PAGES = List.of("tickets", "ticket", "new-ticket", "breaching", "dashboard",
            "alerts", "audit", "compliance", "plans", "calendars", "articles", "subscriptions", "billing-plans",
            "invoices", "disputes", "backups", "customers", "clients", "partners", "users", "replies");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fa", "ru"})
    void no_page_has_a_serious_or_critical_axe_violation(String language) throws Exception {
        Ticket ticket = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET)
                .createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Accessibility check " + System.nanoTime()));
        String axe = axeScript();
        WebDriver browser = Browser.start(language);
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Browser.signIn(browser, Soap.BASE, "admin", "admin");
            List<String> found = new ArrayList<>();
            for (String page : PAGES) {
                browser.get(Soap.BASE + "/console/" + page + ".xhtml"
                        + (page.equals("ticket") ? "?id=" + ticket.getTicketId() : ""));
                JavascriptExecutor js = (JavascriptExecutor) browser;
                assertThat(js.executeScript("return document.documentElement.lang")).as(page).isEqualTo(language);
                js.executeScript(axe);
                Object violations = js.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                            .filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3)
                                .map(n => n.target.join(' ')).join(' | '))))
                          .catch(e => done(['axe failed: ' + e]));""");
                for (Object v : (List<?>) violations) {
                    found.add(page + " [" + language + "] " + v);
                }
            }
            assertThat(found).as("serious or critical axe-core violations").isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static String axeScript() throws IOException {
        try (InputStream in = AccessibilitySystemIT.class.getResourceAsStream("/axe.min.js")) {
            Tools.require(in != null, "axe.min.js missing from the test class path (com.deque.html.axe-core)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
