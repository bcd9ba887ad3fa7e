package dev.gantry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.NativeButton;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "⋮" menu of the properties in the panel (set manually, unset, where the value comes from, edit as JSON): one
 * menu for all of them, set up for the property whose button opened it. A menu per property made showing a large
 * asset (an EC2 instance has 45 properties) slow on the server and in the browser.
 */
final class PropertyMenu extends ContextMenu {

    private static final String ATTRIBUTE = "data-property-menu";

    /** Only a property's button opens the menu, and it says which property. */
    private static final String ON_TARGET = """
            const button = e => e.composedPath().find(n => n.hasAttribute && n.hasAttribute('data-property-menu'));
            this.preventContextMenu = e => !button(e);
            this.getContextMenuBeforeOpenDetail = e => ({ property: button(e).getAttribute('data-property-menu') });
            """;

    private final Function<String, @Nullable PropertyField> fields;
    private final MenuItem setManually;
    private final MenuItem unset;
    private final MenuItem jsonMode;
    private @Nullable PropertyField opened;

    /** A menu for the property fields inside {@code target}, found by name with {@code fields}. */
    PropertyMenu(Component target, Function<String, @Nullable PropertyField> fields) {
        super(target);
        this.fields = fields;
        setOpenOnClick(true);
        target.addAttachListener(e -> target.getElement().executeJs(ON_TARGET));
        setManually = addItem("Set manually", e -> withOpened(PropertyField::setManually));
        unset = addItem("Unset", e -> withOpened(PropertyField::unset));
        addItem("Where does the value come from?", e -> withOpened(PropertyField::explain));
        jsonMode = addItem("Edit as JSON", e -> withOpened(PropertyField::toggleJson));
    }

    /**
     * The button that opens the menu for {@code property}: a plain button drawing "⋮", not a Vaadin button with an
     * icon. Every field has one, and those two web components were most of what the browser built for a field.
     */
    static NativeButton button(String property) {
        NativeButton more = new NativeButton("⋮");
        more.addClassName("gantry-property-menu");
        more.getElement().setAttribute("data-testid", "property-menu-" + property);
        more.getElement().setAttribute(ATTRIBUTE, property);
        more.getElement().setAttribute("aria-label", "More for " + property);
        more.getElement().setAttribute("title", "More for " + property);
        return more;
    }

    @Override
    protected boolean onBeforeOpenMenu(ObjectNode detail) {
        JsonNode property = detail.get("property");
        opened = property == null ? null : fields.apply(property.asString());
        if (opened == null) {
            return false;
        }
        setManually.setEnabled(opened.canSetManually());
        unset.setEnabled(opened.canUnset());
        jsonMode.setVisible(opened.canEditAsJson());
        jsonMode.setText(opened.editsAsJson() ? "Edit with fields" : "Edit as JSON");
        return true;
    }

    private void withOpened(java.util.function.Consumer<PropertyField> action) {
        if (opened != null) {
            action.accept(opened);
        }
    }
}
