package fr.logementaccompagne.access;

import fr.logementaccompagne.process.access.AccessPathway;

import static fr.logementaccompagne.process.access.AccessPathway.Elements.AGREE_OBJECTIVES;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.ATTRIBUTION_COMMISSION;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PERIODIC_REVIEW;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.PROPOSE_DWELLING;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.REVIEW_DUE;
import static fr.logementaccompagne.process.access.AccessPathway.Elements.SIGN_CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.logementaccompagne.process.access.AccessPathway.ReviewDecision;
import fr.logementaccompagne.process.access.AccessPathway.Vars;
import fr.logementaccompagne.support.ChromiumAvailable;
import fr.logementaccompagne.support.EngineRestClient;
import fr.logementaccompagne.support.H2ApplicationTest;
import fr.logementaccompagne.support.HeadlessChromium;
import fr.logementaccompagne.support.OwnJvm;
import fr.logementaccompagne.support.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The joint periodic review done the way a partner caseworker does it: in Camunda Tasklist, in a real (headless)
 * Chromium. The pathway is brought to {@code Task_PeriodicReview} over HTTP (jobs run explicitly, the job executor
 * is off in tests); marie.visa (partner-VISA) then logs into Tasklist, opens the task of her case, claims it, fills
 * the Camunda Form {@code periodic-review} (decision "slide to the next status" and one indicator) and completes it.
 * The engine REST API then shows the pathway at the next step: a new contract to sign, in sliding lease.
 *
 * <p>On failure, a screenshot, the page source and the browser console are saved under
 * {@code target/browser-failures/} and named in the assertion message.
 */
@OwnJvm
@H2ApplicationTest
@ChromiumAvailable
class PeriodicReviewInTasklistBrowserTest {

  private static final String PARTNER = "marie.visa";
  private static final String PARTNER_PASSWORD = "demo";
  private static final String ADMIN = "demo";
  private static final String ADMIN_PASSWORD = "demo";
  private static final Path PROJECT_ROOT = Path.of(System.getProperty("project.root", "."));
  private static final Path FAILURES = PROJECT_ROOT.resolve("target/browser-failures");
  private static final Path REVIEW_FORM = PROJECT_ROOT.resolve("forms/periodic-review.form");
  private static final Duration PAGE_TIMEOUT = HeadlessChromium.PAGE_TIMEOUT;
  private static final String INDICATOR = "indicatorDebtTrend";
  private static final String INDICATOR_VALUE = "IMPROVING";
  /** Selenium 4.35 has CDP bindings up to Chromium 139; plain WebDriver needs none, so their warnings are noise. */
  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;

  EngineRestClient rest;
  HeadlessChromium chromium;
  WebDriver browser;

  @BeforeEach
  void client() {
    rest = new EngineRestClient(http, ADMIN, ADMIN_PASSWORD);
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @Timeout(300)
  void partnerCaseworkerCompletesThePeriodicReviewInTasklist() {
    // REST: a VISA referral brought to its first six-monthly review, in hosting
    String household = "NAV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    ResponseEntity<String> referred = rest.post(PARTNER, PARTNER_PASSWORD, "/api/referrals", referral(household));
    assertThat(referred.getStatusCode().value()).as(referred.getBody()).isEqualTo(201);
    JsonNode created = EngineRestClient.json(referred.getBody());
    String caseReference = created.get("caseReference").asText();
    String instance = created.get("processInstanceId").asText();
    rest.runAsyncSteps(instance);
    JsonNode options = EngineRestClient.json(rest.variable(instance, Vars.DWELLING_OPTIONS).get("value").asText());
    assertThat(options).as("dwellings proposed to %s", household).isNotEmpty();
    rest.complete(instance, PROPOSE_DWELLING,
        Map.of(Vars.PROPOSED_DWELLING_REFERENCE, options.get(0).get("value").asText()));
    rest.complete(instance, ATTRIBUTION_COMMISSION, Map.of(Vars.COMMISSION_DECISION, "ATTRIBUTED",
        "commissionDate", "2026-11-20"));
    rest.complete(instance, SIGN_CONTRACT, Map.of("contractSignedOn", "2026-11-21"));
    rest.complete(instance, AGREE_OBJECTIVES, Map.of("objectivesSocial", "Ouvrir les droits"));
    rest.fireTimer(instance, REVIEW_DUE);
    assertThat(rest.activeTaskKeys(instance)).containsExactly(PERIODIC_REVIEW);
    assertThat(occupancyStatus(instance)).isEqualTo("HOSTING");
    String dwelling = rest.variable(instance, Vars.DWELLING_REFERENCE).get("value").asText();
    JsonNode reviewTask = rest.task(instance, PERIODIC_REVIEW);
    String taskId = reviewTask.get("id").asText();
    String taskName = reviewTask.get("name").asText();
    assertThat(taskName).endsWith(caseReference);

    // the form as analysts wrote it: labels of the decision ADVANCE and of the indicator's value
    JsonNode form = EngineRestClient.json(read(REVIEW_FORM));
    String advanceLabel = optionLabel(form, Vars.REVIEW_DECISION, ReviewDecision.ADVANCE.name());
    String indicatorLabel = optionLabel(form, INDICATOR, INDICATOR_VALUE);

    // browser: marie.visa in Tasklist
    chromium = HeadlessChromium.start();
    browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, PAGE_TIMEOUT);
    try {
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
      WebElement username = wait.withMessage("Tasklist login form")
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm'] "
              + "input[ng-model='username']")));
      username.sendKeys(PARTNER);
      browser.findElement(By.cssSelector("form[name='signinForm'] input[type='password']")).sendKeys(PARTNER_PASSWORD);
      browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();

      // her list shows the review of her case, by its name (which carries the case reference)
      By taskInList = By.xpath("//li[contains(concat(' ', normalize-space(@class), ' '), ' task ')]"
          + "//h4//a[normalize-space(.) = " + xpathLiteral(taskName) + "]");
      wait.withMessage("task '" + taskName + "' in marie.visa's task list (Tasklist lists tasks through filters"
              + " only: one must be readable by partner-VISA)")
          .until(ExpectedConditions.elementToBeClickable(taskInList)).click();
      wait.withMessage("task " + taskId + " opened")
          .until(ExpectedConditions.urlContains("task=" + taskId));

      // claim it when Tasklist asks (a candidate-group task is not assigned yet)
      wait.withMessage("claim button or assignee of the opened task").until(ExpectedConditions.or(
          ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")),
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim"))));
      if (!browser.findElements(By.cssSelector("button.claim")).isEmpty()) {
        browser.findElement(By.cssSelector("button.claim")).click();
        wait.withMessage("task claimed by marie.visa")
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unclaim")));
      }

      // the Camunda Form: decision "slide to the next status (same dwelling)" and one indicator
      String decisionField = fieldId(form, Vars.REVIEW_DECISION);
      By advanceLabelElement = By.xpath("//label[normalize-space(.) = " + xpathLiteral(advanceLabel) + "]"
          + "[.//input[@type='radio'][contains(@id, '" + decisionField + "')] or contains(@for, '"
          + decisionField + "')]");
      By advance = By.xpath("//input[@type='radio'][contains(@id, '" + decisionField + "')]"
          + "[@id = //label[normalize-space(.) = " + xpathLiteral(advanceLabel) + "]/@for"
          + " or ancestor::label[normalize-space(.) = " + xpathLiteral(advanceLabel) + "]]");
      wait.withMessage("option '" + advanceLabel + "' of the review form, enabled")
          .until(ExpectedConditions.and(ExpectedConditions.elementToBeClickable(advanceLabelElement),
              ExpectedConditions.not(ExpectedConditions.attributeToBe(advance, "disabled", "true"))));
      clickInView(browser.findElement(advanceLabelElement));
      wait.withMessage("option '" + advanceLabel + "' selected")
          .until(ExpectedConditions.elementSelectionStateToBe(advance, true));

      By indicatorSelect = By.cssSelector("[id$='-" + fieldId(form, INDICATOR) + "-display']");
      clickInView(wait.withMessage("select of " + INDICATOR)
          .until(ExpectedConditions.elementToBeClickable(indicatorSelect)));
      By indicatorOption = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.) = "
          + xpathLiteral(indicatorLabel) + "]");
      clickInView(wait.withMessage("option '" + indicatorLabel + "' of " + INDICATOR)
          .until(ExpectedConditions.elementToBeClickable(indicatorOption)));
      wait.withMessage(INDICATOR + " shows '" + indicatorLabel + "'")
          .until(ExpectedConditions.textToBe(indicatorSelect, indicatorLabel));

      By complete = By.cssSelector("button[ng-click='complete()']");
      clickInView(wait.withMessage("complete button enabled")
          .until(ExpectedConditions.elementToBeClickable(complete)));
      wait.withMessage("task " + taskId + " gone from marie.visa's list after completion")
          .until(ExpectedConditions.invisibilityOfElementLocated(taskInList));
      new FluentWait<>(rest).withTimeout(PAGE_TIMEOUT).pollingEvery(Duration.ofMillis(200))
          .withMessage("task " + taskId + " completed in the engine")
          .until(r -> r.getJson("/engine-rest/history/task?taskId=" + taskId).get(0).hasNonNull("endTime"));

      // REST: the review is recorded and the pathway waits for the sliding-lease contract, same dwelling
      JsonNode historicTask = rest.getJson("/engine-rest/history/task?taskId=" + taskId).get(0);
      assertThat(historicTask.get("assignee").asText()).isEqualTo(PARTNER);
      assertThat(historicTask.get("deleteReason").asText()).isEqualTo("completed");
      // recorded in the completion's own transaction (ADR 32): the decision is already the case's last one
      assertThat(rest.variable(instance, Vars.LAST_REVIEW_DECISION).get("value").asText())
          .isEqualTo(ReviewDecision.ADVANCE.name());
      assertThat(rest.variable(instance, INDICATOR).get("value").asText()).isEqualTo(INDICATOR_VALUE);
      rest.runAsyncSteps(instance);
      assertThat(rest.activeTaskKeys(instance)).containsExactly(SIGN_CONTRACT);
      assertThat(occupancyStatus(instance)).isEqualTo("SLIDING_LEASE");
      assertThat(rest.variable(instance, Vars.DWELLING_REFERENCE).get("value").asText()).isEqualTo(dwelling);
    } catch (Throwable failure) {
      throw new AssertionError(failure.getMessage() + "\n>>> browser state saved in " + saveBrowserState(), failure);
    }
  }

  /** Clicks an element of the long task form once scrolled to the middle of the view (the footer is fixed). */
  private void clickInView(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})",
        element);
    element.click();
  }

  private String occupancyStatus(String instance) {
    return rest.variable(instance, Vars.OCCUPANCY_STATUS).get("value").asText();
  }

  private static Map<String, Object> referral(String householdReference) {
    return TestData.referral().household(householdReference).body();
  }


  /** Screenshot, page source and browser console under target/browser-failures/; returns where. */
  private String saveBrowserState() {
    if (browser == null) {
      return "(no browser started)";
    }
    String stem = getClass().getSimpleName() + "-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    StringBuilder saved = new StringBuilder();
    try {
      Files.createDirectories(FAILURES);
      Path screenshot = FAILURES.resolve(stem + ".png");
      Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
          StandardCopyOption.REPLACE_EXISTING);
      saved.append(screenshot.toAbsolutePath());
    } catch (Exception e) {
      saved.append("(no screenshot: ").append(e).append(")");
    }
    try {
      Path page = FAILURES.resolve(stem + ".html");
      Files.writeString(page, "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(),
          StandardCharsets.UTF_8);
      saved.append(", ").append(page.toAbsolutePath());
    } catch (Exception e) {
      saved.append(", (no page source: ").append(e).append(")");
    }
    try {
      Path console = FAILURES.resolve(stem + "-console.log");
      StringBuilder lines = new StringBuilder();
      browser.manage().logs().get(LogType.BROWSER).forEach(entry -> lines.append(entry).append('\n'));
      Files.writeString(console, lines, StandardCharsets.UTF_8);
      saved.append(", ").append(console.toAbsolutePath());
    } catch (Exception e) {
      saved.append(", (no browser console: ").append(e).append(")");
    }
    return saved.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The form component bound to this variable, anywhere in the form's groups. */
  private static JsonNode field(JsonNode form, String key) {
    return form.findParents("key").stream()
        .filter(component -> key.equals(component.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no field " + key + " in " + REVIEW_FORM));
  }

  private static String fieldId(JsonNode form, String key) {
    return field(form, key).get("id").asText();
  }

  private static String optionLabel(JsonNode form, String key, String value) {
    for (JsonNode option : field(form, key).path("values")) {
      if (value.equals(option.path("value").asText())) {
        return option.get("label").asText();
      }
    }
    throw new AssertionError("no value " + value + " for " + key + " in " + REVIEW_FORM);
  }

  /** An XPath string literal for any text (labels may hold apostrophes). */
  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
