package fr.logementaccompagne.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.Elements;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.ChromiumAvailable;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.HeadlessChromium;
import fr.logementaccompagne.support.OwnJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist speaks French to a caseworker whose browser asks for English (a fresh headless Chromium in en-US), shows
 * no Camunda 8 migration banner and no "Create task"; so does Cockpit to a manager (docs/adr/0017). Screenshots are
 * saved as {@code /tmp/TasklistInFrenchBrowserTest.png} and {@code /tmp/TasklistInFrenchBrowserTest-cockpit.png}.
 * Her task forms show French words for the case's codes and take dates typed dd/mm/yyyy, refusing an empty
 * required field in French (docs/adr/0020; {@code /tmp/TasklistInFrenchBrowserTest-forms.png}), with a date picker
 * in French ({@code target/screenshots/tasklist-date-picker.png}). A referral of a household whose case is open is
 * refused in French, and nothing starts ({@code target/screenshots/tasklist-refused-start.png}).
 */
@OwnJvm
@H2ApplicationTest
@ChromiumAvailable
class TasklistInFrenchBrowserTest {

  private static final Duration PAGE_TIMEOUT = HeadlessChromium.PAGE_TIMEOUT;
  private static final Duration FIRST_PAGE_TIMEOUT = Duration.ofSeconds(90);
  private static final Path SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"),
      "TasklistInFrenchBrowserTest.png");
  private static final Path COCKPIT_SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"),
      "TasklistInFrenchBrowserTest-cockpit.png");
  private static final Path FORMS_SCREENSHOT = Path.of(System.getProperty("java.io.tmpdir"),
      "TasklistInFrenchBrowserTest-forms.png");
  private static final Path DATE_PICKER_SCREENSHOT = Path.of("target", "screenshots", "tasklist-date-picker.png");
  private static final Path REFUSED_START_SCREENSHOT = Path.of("target", "screenshots", "tasklist-refused-start.png");
  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;

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


  @Test
  @Timeout(420)
  void caseworkerReadsWordsNotCodesAndTypesDatesDayFirst() throws IOException {
    // REST: a VISA referral of a young person, in sliding lease, brought to the caseworker's objectives
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    ResponseEntity<String> referred = rest.post("marie.visa", "demo", "/api/referrals", Map.of(
        "householdReference", "FR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 1, "dependants", 0,
        "annualResourcesEur", 9000, "priorityCategories", List.of("YOUNG_PERSON"),
        "needsMotorAdaptedDwelling", false, "consentToAccompaniment", true));
    assertThat(referred.getStatusCode().value()).as(referred.getBody()).isEqualTo(201);
    String instance = EngineRestClient.json(referred.getBody()).get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    // an amount is a number Cockpit can show, not a serialized java.math.BigDecimal
    JsonNode resources = rest.variable(instance, Vars.ANNUAL_RESOURCES_EUR);
    assertThat(resources.get("type").asText()).isEqualTo("Double");
    assertThat(resources.get("value").asDouble()).isEqualTo(9000.0);
    JsonNode options = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText());
    rest.complete(instance, Elements.PROPOSE_DWELLING,
        Map.of(Vars.PROPOSED_DWELLING_REFERENCE, options.get(0).get("value").asText()));
    rest.complete(instance, Elements.ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED"));
    rest.complete(instance, Elements.SIGN_CONTRACT, Map.of("contractSignedOn", "2026-11-21"));
    assertThat(rest.variable(instance, Vars.OCCUPANCY_STATUS).get("value").asText()).isEqualTo("SLIDING_LEASE");
    String objectivesTask = rest.task(instance, Elements.AGREE_OBJECTIVES).get("id").asText();

    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
    logIntoTasklist(wait, "marie.visa");

    // the objectives form says "Bail glissant (...)", not SLIDING_LEASE, and completes with the label sent back
    openAndClaim(wait, objectivesTask);
    By status = By.cssSelector("[id$='-Field_AgreeObjectives_occupancyStatusLabel']");
    wait.withMessage("occupancy status shown in words").until(ExpectedConditions.attributeContains(status, "value",
        "Bail glissant"));
    String objectivesPage = browser.findElement(By.tagName("body")).getText();
    assertThat(objectivesPage).contains("Formulaire", "Historique", "Enregistrer", "Terminer la tâche")
        .doesNotContain("Complete", "Save", "History");
    assertThat(browser.findElement(status).getAttribute("value")).doesNotContain("SLIDING_LEASE");
    completeInTasklist(wait);
    awaitCompleted(rest, objectivesTask);

    // two months before the review the prefect is told: the date is typed day first, as the placeholder says
    rest.fireTimer(instance, Elements.PREFECT_NOTICE_DUE);
    String prefectTask = rest.task(instance, Elements.NOTIFY_PREFECT).get("id").asText();
    openAndClaim(wait, prefectTask);
    By date = By.cssSelector(".fjs-form-field-datetime input[id*='-Field_NotifyPrefect_prefectNotifiedOn']");
    WebElement dateInput = wait.withMessage("date field of the prefect notice")
        .until(ExpectedConditions.visibilityOfElementLocated(date));
    assertThat(dateInput.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");

    // left empty, the required fields say so in French, next to them, and the task stays open
    completeInTasklist(wait);
    wait.withMessage("French message under an empty required field").until(ExpectedConditions
        .textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"), "Ce champ est obligatoire."));
    assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Field is required");
    assertThat(rest.getJson("/engine-rest/task?taskId=" + prefectTask)).hasSize(1);
    // Tasklist's own notification of the refused submission covers the buttons: closed as a person would
    ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('.alert .close').forEach(b => b.click())");
    wait.withMessage("notification closed").until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".alert-danger")));

    By slides = By.xpath("//label[normalize-space(.) = 'Le bail glissera']");
    clickInView(browser.findElement(slides));
    clickInView(dateInput);
    dateInput.sendKeys("05/03/2027");
    // the date picker names months and days in French, weeks from Monday
    JavascriptExecutor page = (JavascriptExecutor) browser;
    @SuppressWarnings("unchecked")
    List<String> weekdays = (List<String>) page.executeScript("return Array.from(document.querySelectorAll("
        + "'.flatpickr-calendar .flatpickr-weekday')).map(day => day.textContent.trim())");
    String months = (String) page.executeScript("return Array.from(document.querySelectorAll("
        + "'.flatpickr-calendar .flatpickr-monthDropdown-month, .flatpickr-calendar .cur-month'))"
        + ".map(month => month.textContent).join('|')");
    Files.createDirectories(DATE_PICKER_SCREENSHOT.getParent());
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), DATE_PICKER_SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(weekdays).as("date picker's days (screenshot %s)", DATE_PICKER_SCREENSHOT)
        .startsWith("lun.", "mar.", "mer.").doesNotContain("Sun", "Mon");
    assertThat(months).as("date picker's months").contains("janvier", "mars", "décembre")
        .doesNotContain("January", "March");
    dateInput.sendKeys(Keys.TAB);
    wait.withMessage("date kept as typed").until(ExpectedConditions.attributeToBe(date, "value", "05/03/2027"));
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), FORMS_SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
    completeInTasklist(wait);
    awaitCompleted(rest, prefectTask);
    JsonNode stored = rest.getJson("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=prefectNotifiedOn").get(0);
    assertThat(stored.get("value").asText()).as("date typed 05/03/2027 (screenshot %s)", FORMS_SCREENSHOT)
        .isEqualTo("2027-03-05");
  }

  @Test
  @Timeout(240)
  void aSecondReferralOfAnOpenHouseholdIsRefusedInFrenchInTasklist() throws IOException {
    String household = "DUP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    EngineRestClient rest = new EngineRestClient(http, "demo", "demo");
    ResponseEntity<String> first = rest.post("marie.visa", "demo", "/api/referrals", Map.of(
        "householdReference", household, "partnerCode", "VISA", "territoryCode", "LILLE", "householdSize", 1,
        "dependants", 0, "annualResourcesEur", 9000, "priorityCategories", List.of("DALO"),
        "consentToAccompaniment", true));
    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);

    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
    logIntoTasklist(wait, "marie.visa");
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
    wait.withMessage("the access pathway among the processes to start").until(ExpectedConditions
        .elementToBeClickable(By.xpath("//a[normalize-space(.)=\"Parcours d'accès accompagné\"]"))).click();
    wait.withMessage("the referral form").until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-form")));
    // an empty select says so in French
    assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).contains("Choisir…")
        .doesNotContain("Select");

    referralField("householdReference").sendKeys(household);
    choose(wait, "territoryCode", "Lille");
    referralField("householdSize").sendKeys("1");
    referralField("annualResourcesEur").sendKeys("9000");
    clickInView(browser.findElement(By.xpath("//label[normalize-space(.)='Reconnu prioritaire DALO']")));
    clickInView(browser.findElement(By.xpath("//label[normalize-space(.)=\"Le ménage consent à l'accompagnement\"]")));
    clickInView(browser.findElement(By.xpath("//button[normalize-space(.)='Démarrer']")));

    By alert = By.cssSelector(".alert-danger");
    wait.withMessage("Tasklist's notification of the refused start").until(
        ExpectedConditions.textToBePresentInElementLocated(alert, "Ce ménage a déjà un dossier ouvert"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
        browser.findElement(alert));
    Files.createDirectories(REFUSED_START_SCREENSHOT.getParent());
    Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), REFUSED_START_SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(browser.findElement(alert).getText()).as("notification (screenshot %s)", REFUSED_START_SCREENSHOT)
        .contains("Le processus n'a pas pu être démarré")
        .doesNotContain("ENGINE-", "Exception", "already", "could not", "Error");
    // nothing started: the household still has its one case
    assertThat(rest.getJson("/engine-rest/process-instance?variables=householdId_eq_" + household)).hasSize(1);
  }

  private WebElement referralField(String key) {
    return browser.findElement(By.cssSelector("[id$='-Field_AccessReferral_" + key + "']"));
  }

  /** Picks an option of a form-js select, as a person does: open the list, click the option. */
  private void choose(WebDriverWait wait, String key, String label) {
    clickInView(browser.findElement(By.cssSelector(
        ".fjs-form-field-select:has([id$='-Field_AccessReferral_" + key + "']) .fjs-input-group")));
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=\"" + label + "\"]"))).click();
  }

  private void logIntoTasklist(WebDriverWait wait, String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    By loginButton = By.cssSelector("form[name='signinForm'] button[type='submit']");
    // the first page a fresh application serves may take longer than the others on a loaded machine
    new WebDriverWait(browser, FIRST_PAGE_TIMEOUT).withMessage("Tasklist's login page")
        .until(ExpectedConditions.textToBe(loginButton, "Se connecter"));
    browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys("demo");
    browser.findElement(loginButton).click();
    wait.withMessage("filter 'Tâches de mes groupes'").until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'task-filters')]//*[contains(normalize-space(.), 'Tâches de mes groupes')]")));
  }

  private void openAndClaim(WebDriverWait wait, String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    By claim = By.xpath("//button[contains(@class,'claim')][normalize-space(.) = 'Prendre en charge']");
    wait.withMessage("'Prendre en charge' on task " + taskId).until(ExpectedConditions.elementToBeClickable(claim))
        .click();
    wait.withMessage("task " + taskId + " claimed")
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
    wait.withMessage("form of task " + taskId)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
  }

  private void completeInTasklist(WebDriverWait wait) {
    clickInView(wait.withMessage("'Terminer la tâche' enabled")
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));
  }

  private void awaitCompleted(EngineRestClient rest, String taskId) {
    new WebDriverWait(browser, PAGE_TIMEOUT).withMessage("task " + taskId + " completed in the engine")
        .until(driver -> rest.getJson("/engine-rest/history/task?taskId=" + taskId).get(0).hasNonNull("endTime"));
  }

  private void clickInView(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

}
