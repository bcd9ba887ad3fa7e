package dev.gantry.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Gantry's frame: the product name and the current change set, with what can be done to it, above every view. */
public class MainLayout extends AppLayout {

    public MainLayout(ChangeSetBar changeSets) {
        addToNavbar(configureHeader(changeSets));
        setDrawerOpened(false);
    }

    private HorizontalLayout configureHeader(ChangeSetBar changeSets) {
        Span product = new Span("Gantry");
        product.addClassName("gantry-product");
        HorizontalLayout header = new HorizontalLayout(product, changeSets);
        header.addClassName("gantry-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, changeSets);
        return header;
    }
}
