package org.deskline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16, finding 2: an administrator's open console session ends at its next request once another
 * administrator disables the account; the session does not keep the groups it signed in with.
 */
class SessionRevocationSecuritySystemIT extends BrowserSystemTest {

    private static HttpResponse<String> dashboard(HttpClient session) throws Exception {
        return session.send(HttpRequest.newBuilder(URI.create(Soap.BASE + "/console/dashboard.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_disabled_administrators_open_session_is_refused_at_the_next_page() throws Exception {
        String name = "ops" + (System.nanoTime() % 1_000_000);
        String password = "a-long-enough-password";
        Browser.signIn(browser, Soap.BASE, "admin", "admin");
        browser.findElement(By.id("navUsers")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user:save")));
        browser.findElement(By.id("user:username")).sendKeys(name);
        browser.findElement(By.id("user:displayName")).sendKeys("Second Admin");
        new Select(browser.findElement(By.id("user:role"))).selectByValue("ADMIN");
        new Select(browser.findElement(By.id("user:tier"))).selectByIndex(0);
        browser.findElement(By.id("user:password")).sendKeys(password);
        browser.findElement(By.id("user:save")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user:messages"), "User " + name + " created"));

        // the new administrator signs in elsewhere and works
        HttpClient session = ConsoleLogin.signedIn(Soap.BASE, name, password);
        assertThat(session).as("the new administrator signs in").isNotNull();
        assertThat(dashboard(session).statusCode()).isEqualTo(200);

        // the first administrator turns the account off (the editor shows the user just created)
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user:active"))).sendKeys(Keys.SPACE);
        browser.findElement(By.id("user:save")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user:messages"), "User " + name + " saved"));

        HttpResponse<String> next = dashboard(session);
        assertThat(next.statusCode()).as("the open session's next page").isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        assertThat(ConsoleLogin.signedIn(Soap.BASE, name, password)).as("a new sign-in").isNull();
    }
}
