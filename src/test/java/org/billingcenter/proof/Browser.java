package org.billingcenter.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; nothing is
 * downloaded), with a fresh profile, and the few gestures journeys need on Vaadin pages: open a
 * tenant's page, type into a field, click, read a text. Every gesture waits until Vaadin has
 * finished talking to the server, so journeys read like what a person does.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("billing.browser.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("billing.browser.driver", "/usr/bin/chromedriver"));
    /** How long a page may take to show what is awaited; -Dbilling.browser.wait-seconds=N on a busy machine. */
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("billing.browser.wait-seconds", 30));

    private final WebDriver driver;
    private final ProductionApp app;
    private final Path profile;

    Browser(ProductionApp app) {
        this.app = app;
        try {
            this.profile = Files.createTempDirectory("bc-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1366,900", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    /** Opens a page of a tenant's portal and waits for Vaadin to have drawn it. */
    public Browser open(String tenant, String path) {
        driver.get(app.url(tenant, path));
        settle();
        return this;
    }

    /**
     * Opens another page of the tenant's portal the way a link inside the app does (the page is not
     * reloaded: Vaadin navigates on the server), which is much faster than {@link #open} for walking many pages.
     */
    public Browser navigate(String path) {
        String before = driver.getCurrentUrl();
        js("""
                const link = document.createElement('a');
                link.href = '/' + arguments[0];
                link.setAttribute('router-link', '');
                document.body.appendChild(link);
                link.click();
                link.remove();""", path);
        // A view may send the person elsewhere (a default screen): any new address ends the wait.
        waitUntil(d -> !d.getCurrentUrl().equals(before) || before.endsWith("/" + path) ? true : null);
        settle();
        return this;
    }

    public void reload() {
        driver.navigate().refresh();
        settle();
    }

    /** Signs in through the tenant's sign-in form, as a person would. */
    public Browser signIn(String tenant, String email, String password) {
        open(tenant, "login");
        WebElement form = element("login-form");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        settle();
        return this;
    }

    /** Tries to sign in; true when the portal let the person in, false when the form shows an error. */
    public boolean attemptSignIn(String tenant, String email, String password) {
        open(tenant, "login");
        WebElement form = element("login-form");
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        String url = waitUntil(d -> d.getCurrentUrl().contains("error") || !d.getCurrentUrl().contains("/login") ? d.getCurrentUrl() : null);
        settle();
        return !url.contains("/login");
    }

    /** Types into a Vaadin text field, text area, number or password field, replacing what was there. */
    public Browser type(String id, String text) {
        WebElement input = element(id).findElement(By.cssSelector("input, textarea"));
        input.clear();
        input.sendKeys(text);
        // The value reaches the server on change, as when the person leaves the field.
        js("arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input);
        settle();
        return this;
    }

    /** Types into a field that commits on Enter (a date picker), then presses Enter. */
    public Browser typeAndEnter(String id, String text) {
        WebElement input = element(id).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(text, Keys.ENTER);
        settle();
        return this;
    }

    /** Fetches a link's target with the browser's own session, as a download would (CSV exports). */
    public String download(String id) {
        return fetch(element(id).getAttribute("href"));
    }

    /** Fetches a URL (relative to the page) with the browser's session and returns the body as text. */
    public String fetch(String href) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                href);
    }

    public Browser click(String id) {
        element(id).click();
        settle();
        return this;
    }

    /** Picks an item of a vaadin-select by its visible label. */
    public Browser select(String id, String label) {
        element(id).click();
        settle();
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(label)).findFirst().orElse(null));
        item.click();
        settle();
        return this;
    }

    /** Picks the first item of a vaadin-select. */
    public Browser selectFirst(String id) {
        element(id).click();
        settle();
        WebElement item = waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        item.click();
        settle();
        return this;
    }

    /** The element with the id, once it is on the page. */
    public WebElement element(String id) {
        return waitUntil(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    public String text(String id) {
        return element(id).getText().strip();
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Waits until the element's text satisfies the check (e.g. a balance that a callback updates). */
    public String waitForText(String id, Function<String, Boolean> check) {
        return waitUntil(d -> {
            String text = d.findElements(By.id(id)).stream().findFirst().map(e -> e.getText().strip()).orElse(null);
            return text != null && check.apply(text) ? text : null;
        });
    }

    /** Texts of a vaadin-grid's cells as rendered (rows loaded lazily into light-DOM cell contents). */
    @SuppressWarnings("unchecked")
    public List<String> gridCells(String id) {
        element(id);
        return (List<String>) js("return Array.from(document.getElementById(arguments[0]).querySelectorAll('vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).filter(t => t.length > 0)", id);
    }

    /** The page as the browser holds it now (light DOM: texts, attributes, slotted labels). */
    public String pageSource() {
        return driver.getPageSource();
    }

    /** The value of a cookie the current site set, or null. */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Makes the window this size, as a person turning to a phone (390 × 844) or back to a desktop. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        settle();
        return this;
    }

    /** The driver, for tools that drive the page themselves (the accessibility check). */
    WebDriver driver() {
        return driver;
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition::apply);
    }

    /** Waits until no Vaadin client on the page has a request in flight. */
    public void settle() {
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) { return document.readyState === 'complete' && !!document.body; }
                return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""")));
    }

    /** Moves the mouse onto an element (which may sit in a shadow root), as a person pointing at it. */
    public void hover(WebElement element) {
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(element).perform();
    }

    /** What the browser shows, as a PNG. */
    public byte[] screenshotBytes() {
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    /** Saves what the browser shows, for a person to look at when a journey failed. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(file.getFileName() + ".html"), driver.getPageSource());
            return file;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp directory; best effort
            }
        }
    }
}
