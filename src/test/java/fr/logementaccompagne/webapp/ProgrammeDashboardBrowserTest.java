package fr.logementaccompagne.webapp;

import fr.logementaccompagne.support.OwnJvm;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_INELIGIBILITY;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.ChromiumAvailable;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * What the manager and a partner see in a real browser (issue 10): the programme dashboard in Cockpit with its
 * quota and envelope figures, the case timeline tab of a running case and its amounts among Cockpit's variables
 * (issue 9), and "Mes dossiers" in a partner's Tasklist; what a coordinator sees: its basin's dashboard without
 * Cockpit's engine-wide blocks or errors, and the timeline of an ended case from the
 * programme page; the « Migrations » page of Cockpit (issue 11).
 * Screenshots are saved under {@code target/screenshots/}.
 */
@H2ApplicationTest
@ChromiumAvailable
@OwnJvm
class ProgrammeDashboardBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;

  HeadlessChromium chromium;

  @AfterEach
  void closeBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @Timeout(300)
  void managerFindsTheFiguresAndATimelineAndAPartnerFindsItsCases() throws IOException {
    String caseInstance = housedVisaCase();

    chromium = HeadlessChromium.start();
    WebDriver browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, HeadlessChromium.PAGE_TIMEOUT);
    login(browser, wait, "cockpit", "responsable");

    // Cockpit's dashboard: the programme block with the quotas and the envelope
    By quotas = By.cssSelector("table[data-table='quotas']");
    wait.withMessage("quota table on Cockpit's dashboard").until(ExpectedConditions.visibilityOfElementLocated(quotas));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table[data-table='envelope']")));
    screenshot(browser, "cockpit-dashboard.png");
    assertThat(browser.findElement(quotas).getText()).contains("Cible", "Ménages sortant de structures", "30");
    assertThat(browser.findElement(By.cssSelector("table[data-table='envelope']")).getText())
        .contains("Enveloppe (EUR)", "Reste (EUR)").containsPattern("500[\\s\\u202F\\u00A0]000");
    assertThat(browser.findElements(By.cssSelector("svg.la-chart"))).isNotEmpty();

    // the dashboard's own page, from the navigation entry
    browser.findElement(By.linkText("Programme")).click();
    wait.withMessage("programme page with households per status").until(ExpectedConditions
        .visibilityOfElementLocated(By.cssSelector("table[data-table='households_by_status']")));
    screenshot(browser, "cockpit-programme.png");
    assertThat(browser.findElement(By.cssSelector(".la-dashboard")).getAttribute("textContent"))
        .contains("Ménages logés par statut", "Rythme légal", "Issues des dossiers maintien", "Référence 2013");

    // the case's timeline tab
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + caseInstance
        + "/runtime");
    By tab = By.xpath("//a[normalize-space(.)='Parcours du ménage']");
    wait.withMessage("'Parcours du ménage' tab").until(ExpectedConditions.elementToBeClickable(tab)).click();
    By timeline = By.cssSelector(".la-timeline");
    wait.withMessage("timeline with the hosting contract").until(
        ExpectedConditions.textToBePresentInElementLocated(timeline, "Hébergement"));
    assertThat(browser.findElement(timeline).getText()).contains("Orientation reçue").containsPattern(
        "\\d{2}/\\d{2}/\\d{4}");
    screenshot(browser, "cockpit-timeline.png");

    // the case's amounts in Cockpit's variables: a number, not a serialized java.math.BigDecimal
    browser.findElement(By.xpath("//a[normalize-space(.)='Variables']")).click();
    By variables = By.tagName("body");
    wait.withMessage("the case's variables with its resources").until(
        ExpectedConditions.textToBePresentInElementLocated(variables, Vars.ANNUAL_RESOURCES_EUR));
    String variablesText = browser.findElement(variables).getText();
    screenshot(browser, "cockpit-variables.png");
    assertThat(variablesText).as("Cockpit variables (screenshot cockpit-variables.png)")
        .contains("Double").containsPattern("14[\\s\\u202F\\u00A0,.]?000").doesNotContain("BigDecimal");
    // a manager only reads: Cockpit's buttons that change a case are not shown (the engine would refuse them)
    assertThat(browser.findElements(By.cssSelector(".cam-table td.actions, .btn-toolbar")))
        .as("Cockpit's action buttons are in the page (screenshot cockpit-variables.png)").isNotEmpty()
        .noneMatch(WebElement::isDisplayed);

    // Cockpit's « Migrations » page (issue 11, ADR 30): the manager's dry run, in French, without Swagger
    browser.findElement(By.linkText("Migrations")).click();
    wait.withMessage("the dry-run button").until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".la-migrations .la-preview"))).click();
    By summary = By.cssSelector(".la-migrations .la-summary");
    wait.withMessage("the dry run's report").until(ExpectedConditions.visibilityOfElementLocated(summary));
    screenshot(browser, "cockpit-migrations.png");
    assertThat(browser.findElement(summary).getText()).contains("dossier(s) peuvent passer à la version",
        "access-pathway");
    assertThat(browser.findElement(By.cssSelector(".la-migrations")).getText())
        .contains("Peuvent passer", "Ne peuvent pas passer", "Déplacer les dossiers");
    chromium.close();

    // the administrator, who may act, still has them
    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    wait = new WebDriverWait(browser, HeadlessChromium.PAGE_TIMEOUT);
    login(browser, wait, "cockpit", "demo");
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + caseInstance
        + "/runtime?tab=variables-tab");
    wait.withMessage("the administrator's edit button on a variable").until(ExpectedConditions
        .visibilityOfElementLocated(By.cssSelector(".cam-table td.actions button, .cam-table td.actions a")));
    assertThat(browser.findElements(By.cssSelector(".btn-toolbar"))).anyMatch(WebElement::isDisplayed);
    screenshot(browser, "cockpit-variables-administrator.png");
    chromium.close();

    // a partner's Tasklist: "Mes dossiers"
    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    wait = new WebDriverWait(browser, HeadlessChromium.PAGE_TIMEOUT);
    login(browser, wait, "tasklist", "marie.visa");
    wait.withMessage("'Mes dossiers' in Tasklist's navigation").until(
        ExpectedConditions.elementToBeClickable(By.cssSelector("a.la-open-cases"))).click();
    By cases = By.cssSelector("table.la-cases");
    wait.withMessage("her case list").until(ExpectedConditions.visibilityOfElementLocated(cases));
    screenshot(browser, "tasklist-mes-dossiers.png");
    assertThat(browser.findElement(cases).getText()).contains("Dossier", "Statut", "Hébergement", "Revue conjointe");
  }

  @Test
  @Timeout(300)
  void aCoordinatorSeesItsBasinWithoutEngineErrorsAndTheTimelineOfAnEndedCase() throws IOException {
    String ended = rejectedVisaCase();

    chromium = HeadlessChromium.start();
    WebDriver browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, HeadlessChromium.PAGE_TIMEOUT);
    login(browser, wait, "cockpit", "coord.metropole");

    // the dashboard: the programme block of the basin, without Cockpit's engine-wide blocks nor an error
    By quotas = By.cssSelector("table[data-table='quotas']");
    wait.withMessage("quota table on the coordinator's dashboard")
        .until(ExpectedConditions.visibilityOfElementLocated(quotas));
    wait.withMessage("Cockpit's engine-wide blocks hidden").until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector("section.actual")));
    screenshot(browser, "cockpit-coordinator-dashboard.png");
    String dashboard = browser.findElement(By.tagName("body")).getText();
    assertThat(dashboard).as("coordinator's dashboard (cockpit-coordinator-dashboard.png)")
        .contains("Bassin METROPOLE", "(tout le programme)", "dont votre périmètre")
        .doesNotContain("Instances de processus en cours", "Réponse 403");
    assertThat(visibleErrors(browser)).isEmpty();

    // the programme page: an ended case found in the year's closed cases, its timeline shown
    browser.findElement(By.linkText("Programme")).click();
    By endedLink = By.cssSelector(".la-ended-cases a[data-case='" + ended + "']");
    wait.withMessage("ended case " + ended + " listed").until(ExpectedConditions.presenceOfElementLocated(endedLink));
    WebElement link = browser.findElement(endedLink);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
    link.click();
    By timeline = By.cssSelector(".la-lookup-result .la-timeline");
    wait.withMessage("timeline of the ended case").until(
        ExpectedConditions.textToBePresentInElementLocated(timeline, "Dossier clos"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
        browser.findElement(timeline));
    screenshot(browser, "cockpit-coordinator-ended-case.png");
    assertThat(browser.findElement(By.cssSelector(".la-lookup-result")).getText()).contains(ended,
        "Orientation reçue", "Orientation rejetée").containsPattern("\\d{2}/\\d{2}/\\d{4}");
    assertThat(visibleErrors(browser)).isEmpty();
  }

  private static List<String> visibleErrors(WebDriver browser) {
    return browser.findElements(By.cssSelector(".alert-danger, .notifications .alert")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /** A VISA referral over the resource ceiling, rejected by the priority-publics unit: closed at once. */
  private String rejectedVisaCase() {
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    ResponseEntity<String> referral = rest.post("marie.visa", "demo", "/api/referrals", Map.of(
        "householdReference", "END-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 1, "dependants", 0,
        "annualResourcesEur", 95000, "priorityCategories", List.of("DALO"), "consentToAccompaniment", true));
    assertThat(referral.getStatusCode().value()).as(referral.getBody()).isEqualTo(201);
    JsonNode created = EngineRestClient.json(referral.getBody());
    String instance = created.get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    rest.complete(instance, REVIEW_INELIGIBILITY, Map.of(Vars.ELIGIBILITY_REVIEW_DECISION, "REJECT",
        "rejectionReason", "Ressources au-dessus du plafond"));
    assertThat(rest.getJson("/engine-rest/history/process-instance?processInstanceId=" + instance).get(0)
        .get("state").asText()).isEqualTo("COMPLETED");
    return created.get("caseReference").asText();
  }

  /** A VISA case in hosting: referral, dwelling, commission, contract, objectives. */
  private String housedVisaCase() {
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    ResponseEntity<String> referral = rest.post("marie.visa", "demo", "/api/referrals", Map.of(
        "householdReference", "DASH-BROWSER-1", "partnerCode", "VISA", "territoryCode", "LILLE",
        "householdSize", 2, "dependants", 1, "annualResourcesEur", 14000,
        "priorityCategories", List.of("LEAVING_SHELTER"), "consentToAccompaniment", true));
    assertThat(referral.getStatusCode().value()).as(referral.getBody()).isEqualTo(201);
    String instance = EngineRestClient.json(referral.getBody()).get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    String dwelling = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText())
        .get(0).get("value").asText();
    rest.complete(instance, PROPOSE_DWELLING, Map.of(Vars.PROPOSED_DWELLING_REFERENCE, dwelling));
    rest.complete(instance, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(instance, SIGN_CONTRACT, Map.of());
    rest.complete(instance, AGREE_OBJECTIVES, Map.of());
    return instance;
  }

  private void login(WebDriver browser, WebDriverWait wait, String app, String user) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    By loginButton = By.cssSelector("form[name='signinForm'] button[type='submit']");
    wait.until(ExpectedConditions.elementToBeClickable(loginButton));
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys("demo");
    browser.findElement(loginButton).click();
    // logged in only once the form is gone: a page asked for before that is answered with the login page, and the
    // login then lands on the dashboard instead (an administrator's page of a case once timed out that way on CI)
    wait.withMessage(user + " logged in").until(ExpectedConditions.invisibilityOfElementLocated(loginButton));
  }

  private static void screenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
