package io.serviceculture.acceptance.testing;

import io.serviceculture.standalone.testing.RunningHost;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.rules.ExternalResource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that Selenium
 * never tries to download a browser or driver (this network reaches no such site).
 */
public final class HeadlessChromium extends ExternalResource {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** System property naming the folder that receives the user guide's screenshots. */
    public static final String DOCS_IMAGES = "docs.images";

    static final int GUIDE_WIDTH = 800;

    private WebDriver driver;
    private Path profile;
    private Path downloads;

    @Override
    protected void before() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // downloads land in a folder of this run's own, without asking, so tests can read the files back
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory", downloads.toString(),
                        "download.prompt_for_download", false,
                        "download.directory_upgrade", true));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    protected void after() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The folder the browser saves downloads in. */
    public Path downloads() {
        return downloads;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    /** Signs in through the host's login form, as a person would, and waits until the form sends the browser on. */
    public void logIn(RunningHost host, String user, String password) {
        driver.get(host.uri("/login.jsp").toString());
        driver.findElement(By.name("os_username")).sendKeys(user);
        WebElement passwordField = driver.findElement(By.name("os_password"));
        passwordField.sendKeys(password);
        passwordField.submit();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("login.jsp"));
    }

    /**
     * Saves what the browser shows to {@code target/screenshots/NAME.png}, for people to look at. Shots named
     * {@code guide-*} illustrate the README's user guide: with {@code -Ddocs.images=../docs/images} they are also
     * written there, scaled down to {@value #GUIDE_WIDTH} pixels wide to keep the repository small.
     */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            String guide = System.getProperty(DOCS_IMAGES, "");
            if (name.startsWith("guide-") && !guide.isBlank()) {
                Path copy = Path.of(guide, name + ".png");
                Files.createDirectories(copy.getParent());
                BufferedImage full = ImageIO.read(target.toFile());
                int height = full.getHeight() * GUIDE_WIDTH / full.getWidth();
                BufferedImage small = new BufferedImage(GUIDE_WIDTH, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = small.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.drawImage(full, 0, 0, GUIDE_WIDTH, height, null);
                g.dispose();
                ImageIO.write(small, "png", copy.toFile());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
