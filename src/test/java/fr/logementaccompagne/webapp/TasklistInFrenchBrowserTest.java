package fr.logementaccompagne.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import fr.logementaccompagne.support.ChromiumAvailable;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.HeadlessChromium;
import fr.logementaccompagne.support.OwnJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist speaks French to a caseworker whose browser asks for English (a fresh headless Chromium in en-US), shows
 * no Camunda 8 migration banner and no "Create task"; so does Cockpit to a manager (docs/adr/0017). Screenshots are
 * saved as {@code /tmp/TasklistInFrenchBrowserTest.png} and {@code /tmp/TasklistInFrenchBrowserTest-cockpit.png}.
 */
@OwnJvm
@H2ApplicationTest
@ChromiumAvailable
class TasklistInFrenchBrowserTest {

  private static final Duration PAGE_TIMEOUT = HeadlessChromium.PAGE_TIMEOUT;
  private static final Path SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"),
      "TasklistInFrenchBrowserTest.png");
  private static final Path COCKPIT_SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"),
      "TasklistInFrenchBrowserTest-cockpit.png");
  @LocalServerPort
  int port;

  HeadlessChromium chromium;
  WebDriver browser;

  @AfterEach
  void closeBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @Timeout(180)
  void caseworkerSeesTasklistInFrenchWithoutMigrationBannerNorCreateTask() throws IOException {
    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");

    // the login page, in French
    By loginButton = By.cssSelector("form[name='signinForm'] button[type='submit']");
    wait.withMessage("login button reading 'Se connecter'")
        .until(ExpectedConditions.textToBe(loginButton, "Se connecter"));
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).sendKeys("marie.visa");
    browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys("demo");
    browser.findElement(loginButton).click();

    // her task list: the shared filter, the French navigation and list wording
    wait.withMessage("filter 'Tâches de mes groupes'").until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'task-filters')]//*[contains(normalize-space(.), 'Tâches de mes groupes')]")));
    By startProcess = By.cssSelector(".start-process-action a");
    wait.withMessage("start-process link reading 'Démarrer un processus'")
        .until(ExpectedConditions.textToBePresentInElementLocated(startProcess, "Démarrer un processus"));
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).as("Tasklist page text (screenshot %s)", SCREENSHOT)
        .contains("Démarrer un processus", "Tâches de mes groupes", "Créée")
        .doesNotContain("Start process", "Create task", "Created", "Log out", "migrate to Camunda 8");

    // no migration banner, no "Create task"
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
        .as("Camunda 8 migration banner shown").isEmpty();
    assertThat(browser.findElements(By.cssSelector(".create-task-action")).stream().filter(WebElement::isDisplayed))
        .as("'Create task' shown").isEmpty();
  }

  @Test
  @Timeout(180)
  void managerSeesCockpitInFrenchWithoutMigrationBanner() throws IOException {
    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
    By loginButton = By.cssSelector("form[name='signinForm'] button[type='submit']");
    wait.withMessage("Cockpit login button reading 'Se connecter'")
        .until(ExpectedConditions.textToBe(loginButton, "Se connecter"));
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).sendKeys("responsable");
    browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys("demo");
    browser.findElement(loginButton).click();

    // the dashboard: French navigation and section titles
    wait.withMessage("Cockpit dashboard in French ('Instances de processus en cours')").until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Instances de processus en cours"));
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), COCKPIT_SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).as("Cockpit page text (screenshot %s)", COCKPIT_SCREENSHOT)
        .contains("Processus", "Décisions", "Déploiements", "Incidents ouverts")
        .doesNotContain("Running Process Instances", "Open Incidents", "Deployments", "migrate to Camunda 8");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
        .as("Camunda 8 migration banner shown").isEmpty();
  }

  @Test
  @Timeout(120)
  void englishStaysAvailableOnDemandAndFrenchComesBack() throws IOException {
    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
    By loginButton = By.cssSelector("form[name='signinForm'] button[type='submit']");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/?locale=en");
    wait.withMessage("login button reading 'Log in' after ?locale=en")
        .until(ExpectedConditions.textToBe(loginButton, "Log in"));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    wait.withMessage("English kept by the browser").until(ExpectedConditions.textToBe(loginButton, "Log in"));
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/?locale=fr");
    wait.withMessage("login button reading 'Se connecter' after ?locale=fr")
        .until(ExpectedConditions.textToBe(loginButton, "Se connecter"));
  }

}
