package nl.bzk.spreiding.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, against the application under test. */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final URL basis;

    private Browser(WebDriver driver, URL basis) {
        this.driver = driver;
        this.basis = basis;
    }

    /** Skipped where no Chromium is installed, unless -Dbrowser.required=true (as in CI). */
    static void vereist() {
        boolean aanwezig = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!aanwezig && Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException(
                    "Chromium en chromedriver zijn vereist (apt-get install chromium chromium-driver)");
        }
        assumeTrue(aanwezig, "Chromium niet geïnstalleerd; browsertests overgeslagen");
    }

    static Browser open(URL basis) {
        vereist();
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM);
        opties.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=nl-NL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        WebDriver driver = new ChromeDriver(service, opties);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, basis);
    }

    void ga(String pad) {
        driver.get(basis.toString() + pad);
    }

    void login(String gebruiker) {
        login(gebruiker, Api.WACHTWOORD, "/index.xhtml");
    }

    /** Signs in and waits until the browser is on the page whose address ends as given. */
    void login(String gebruiker, String wachtwoord, String landtOp) {
        ga("login.xhtml");
        typ("login:gebruikersnaam", gebruiker);
        typ("login:wachtwoord", wachtwoord);
        klik("login:inloggen");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith(landtOp));
    }

    void typ(String id, String tekst) {
        opnieuw(() -> {
            WebElement veld = driver.findElement(By.id(id));
            // Select all and type over it, as a person does; chromedriver's clear() trips over its own DOM ids now and
            // then.
            veld.sendKeys(Keys.chord(Keys.CONTROL, "a"), tekst);
            return veld;
        });
    }

    /** Clicks and, when the click submits a form, waits until the new page has replaced the old one. */
    void klik(String id) {
        klik(By.id(id));
    }

    void klik(WebElement element) {
        klik(() -> element);
    }

    /** Finds the element again on every attempt, so a page that re-renders under the click does not leave it stale. */
    void klik(By selector) {
        klik(() -> driver.findElement(selector));
    }

    private void klik(Supplier<WebElement> zoek) {
        WebElement pagina = opnieuw(() -> driver.findElement(By.tagName("html")));
        opnieuw(() -> {
            WebElement element = zoek.get();
            element.click();
            return element;
        });
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isVervangen(pagina));
        } catch (TimeoutException geenNieuwePagina) {
            // a click that only changes the page in place (e.g. opening <details>)
        }
        wachtOpPagina();
    }

    /** Chromium reports a replaced page as stale or as "does not belong to the document"; both mean: the new page is there. */
    private static boolean isVervangen(WebElement oud) {
        try {
            oud.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    WebElement element(By selector) {
        return opnieuw(() -> driver.findElement(selector));
    }

    String tekst() {
        return opnieuw(() -> driver.findElement(By.tagName("body")).getText());
    }

    String titel() {
        return opnieuw(() -> driver.findElement(By.tagName("h1")).getText());
    }

    String tekst(By selector) {
        return opnieuw(() -> driver.findElement(selector).getText());
    }

    void herlaad() {
        driver.navigate().refresh();
        wachtOpPagina();
    }

    /**
     * Chromium reports an element of the page being replaced as "does not belong to the document" (or stale);
     * reading again once the new page is there is what a person's eyes do too.
     */
    private <T> T opnieuw(Supplier<T> lees) {
        RuntimeException laatste = null;
        for (int poging = 0; poging < 10; poging++) {
            try {
                return lees.get();
            } catch (StaleElementReferenceException e) {
                laatste = e;
            } catch (WebDriverException e) {
                if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
                laatste = e;
            }
            wachtOpPagina();
        }
        throw laatste;
    }

    private void wachtOpPagina() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Per page photographed: the accessibility violations axe-core found there (checked at the end of BrowserIT). */
    static final Map<String, List<String>> SCHENDINGEN = new ConcurrentSkipListMap<>();

    /**
     * Saves a screenshot of the whole page for the user guide (target/screenshots/naam.png) and runs the accessibility
     * check on it: every main page is photographed, so every main page is checked.
     */
    void foto(String naam) {
        SCHENDINGEN.put(naam, toegankelijkheid());
        Path map = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(map);
            File bestand = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(bestand.toPath(), map.resolve(naam + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** WCAG 2.1 A/AA violations on the current page according to axe-core (empty: none found). */
    List<String> toegankelijkheid() {
        return Toegankelijkheid.schendingen(driver);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
