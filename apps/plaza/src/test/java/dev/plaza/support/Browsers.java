package dev.plaza.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The system's headless Chromium for browser journeys, started once per test JVM and closed when the JVM
 * ends: each test opens its own {@link Browser#newContext() context} (cookies and storage of its own).
 * {@link #screenshot(Page, String)} leaves a full-page picture beside the test report, and
 * {@link #assertAccessible(Page)} runs axe-core's WCAG 2.x A/AA rules on the page as it stands.
 */
public final class Browsers {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Beside Surefire's and Failsafe's reports, so CI keeps the pictures with the results they illustrate. */
	public static final Path SCREENSHOTS = Path.of("target/surefire-reports/screenshots");

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static Playwright playwright;

	private static Browser browser;

	private Browsers() {
	}

	/** The shared Chromium; a test must close the contexts it opens, never the browser. */
	public static synchronized Browser chromium() {
		if (browser == null) {
			assertThat(CHROMIUM).as("browser tests drive the system's Chromium: install it with 'apt-get install chromium'")
				.isExecutable();
			playwright = Playwright.create();
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync")));
			Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close, "chromium-close"));
		}
		return browser;
	}

	/** Saves the whole page as {@code target/surefire-reports/screenshots/<name>.png}. */
	public static Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		assertThat(file).exists();
		return file;
	}

	/**
	 * Fails with each violated rule, its impact and the offending elements when the page breaks a WCAG 2.x
	 * level A or AA rule that axe-core can check (contrast, names, labels, landmarks, keyboard traps...).
	 * axe-core runs as a script in the page: the page's context must have JavaScript enabled (with it
	 * disabled Playwright waits for the script forever), so a no-script journey checks its pages with
	 * {@link #assertAccessible(String)}.
	 */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
		assertThat(results.getViolations()).as(() -> page.url() + " breaks WCAG AA rules:\n" + describe(results.getViolations()))
			.isEmpty();
	}

	/** {@link #assertAccessible(Page)} for a page anyone can open by its address, in a context of its own. */
	public static void assertAccessible(String url) {
		try (BrowserContext context = chromium().newContext()) {
			Page page = context.newPage();
			page.navigate(url);
			assertAccessible(page);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

	private static synchronized void close() {
		if (browser != null) {
			browser.close();
			playwright.close();
		}
	}
}
