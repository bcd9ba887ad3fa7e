package dev.gantry.ui;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Screenshots for the user guide in docs/guide/, taken by the browser tests that do what the guide shows. */
final class GuideScreenshots {

    private static final Path GUIDE = Path.of("docs/guide");

    private GuideScreenshots() {}

    static void take(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(GUIDE.resolve(name + ".png")));
    }
}
