package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.deskline.client.ticket.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin console in a real browser: form login, the ticket list, and alerts arriving live. */
class ConsoleSystemIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void the_console_requires_login_and_refuses_a_wrong_password() throws Exception {
        browser.get(Soap.BASE + "/console/tickets.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        logIn("admin", "not-the-password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Wrong user name or password."));
        Browser.screenshot(browser, "login-refused");
        assertThat(browser.getCurrentUrl()).doesNotContain("/console/");
    }

    @Test
    void an_admin_sees_tickets_and_alerts_arrive_live() throws Exception {
        Ticket before = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET)
                .createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", "Product images do not load"));

        browser.get(Soap.BASE + "/login.xhtml");
        logIn("admin", "admin");
        wait.until(ExpectedConditions.urlContains("/console/tickets.xhtml"));
        assertThat(browser.findElement(By.id("ticketTable")).getText()).contains("Product images do not load");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alertStatus"), "live"));

        String title = "Live alert check " + System.nanoTime();
        Ticket live = Soap.tickets(Soap.DEMO_CLIENT, Soap.DEMO_SECRET)
                .createTicket(TicketServiceSystemIT.newTicket("DEMO-SHOP", title));

        // no reload: the alert is pushed to the open page
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alertList"), title));
        String firstAlert = browser.findElement(By.cssSelector("#alertList li")).getText();
        assertThat(firstAlert).contains("TICKET_CREATED").contains("ticket " + live.getTicketId());
        assertThat(before.getTicketId()).isLessThan(live.getTicketId());
        Browser.screenshot(browser, "console-tickets-live-alert");
    }

    private void logIn(String user, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }
}
