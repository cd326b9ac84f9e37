package org.deskline.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium with its driver from the system (Debian packages chromium and chromium-driver); nothing is
 * downloaded. Without them the test is skipped on a developer machine and fails under CI=true.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of(System.getProperty("desk.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("desk.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    static WebDriver start() throws IOException {
        return start(null);
    }

    /** A browser whose user prefers {@code language} (Accept-Language), or the default one when null. */
    static WebDriver start(String language) throws IOException {
        Tools.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium or chromedriver missing ("
                + CHROMIUM + ", " + DRIVER + "): apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("deskline-chromium"));
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * A wait that retries while JSF re-renders what it polls: Chromium then answers either a stale element or
     * "Node with given id does not belong to the document" (a plain WebDriverException), both passing states.
     */
    static WebDriverWait waiting(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class);
        return wait;
    }

    /** Signs in on the login page of the server at {@code base} and waits for the queue. */
    static void signIn(WebDriver driver, String base, String user, String password) {
        WebDriverWait wait = waiting(driver, 30);
        driver.get(base + "/login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:password")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/console/tickets.xhtml"));
    }

    /**
     * After a failed test: the page's address and visible text to the log, its source and a screenshot next to the
     * other screenshots. Never throws: the test's own failure is what counts.
     */
    static void keepEvidence(WebDriver driver, String name) {
        if (driver == null) {
            return;
        }
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            System.out.println("Page of the failed test " + name + ": " + driver.getCurrentUrl() + "\n"
                    + text.substring(0, Math.min(text.length(), 3000)));
            Path dir = Path.of(System.getProperty("desk.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("failed-" + name + ".html"), driver.getPageSource());
            screenshot(driver, "failed-" + name);
        } catch (IOException | RuntimeException e) {
            System.out.println("No evidence of the failed test " + name + ": " + e);
        }
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("desk.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
