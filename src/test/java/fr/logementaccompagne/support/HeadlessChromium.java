package fr.logementaccompagne.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a throw-away profile, asking for English pages
 * (French must still be what the users get) and keeping the browser console for failure reports.
 */
public final class HeadlessChromium implements AutoCloseable {

  public static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
  /** Held so that their level stays set: Selenium's version lookups are noise in the test output. */
  private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
      "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final Path userDataDir;
  private final ChromeDriver driver;

  private HeadlessChromium(Path userDataDir, ChromeDriver driver) {
    this.userDataDir = userDataDir;
    this.driver = driver;
  }

  public static HeadlessChromium start() {
    Path userDataDir;
    try {
      userDataDir = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // never let Selenium Manager look for (or download) a driver or a browser
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, ChromiumAvailable.CHROMEDRIVER);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(ChromiumAvailable.CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumAvailable.CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + userDataDir, "--window-size=1400,1000", "--lang=en-US");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.manage().timeouts().pageLoadTimeout(PAGE_TIMEOUT).scriptTimeout(PAGE_TIMEOUT);
    return new HeadlessChromium(userDataDir, driver);
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(userDataDir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
