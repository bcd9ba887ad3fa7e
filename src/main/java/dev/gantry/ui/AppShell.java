package dev.gantry.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo (no longer applied by default in Vaadin 25), Gantry's own styles, its icon, and
 * server push so apply progress and other users' edits reach the page as they happen.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/gantry.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
