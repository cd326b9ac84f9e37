package org.deskline.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium per test (no session or cookie carries over), closed after it. A failed test leaves the
 * page it failed on (address, text, source and a screenshot) in target/screenshots and its text in the build log,
 * so a failure seen only in CI can be read afterwards.
 */
abstract class BrowserSystemTest {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = context -> context.getExecutionException().ifPresent(
            failure -> Browser.keepEvidence(browser, context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName()));

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = Browser.waiting(browser, 20);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
