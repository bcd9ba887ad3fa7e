package dev.gantry.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/** Gantry's frame: the product name and the change-set selector above every view. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        addToNavbar(configureHeader());
        setDrawerOpened(false);
    }

    private HorizontalLayout configureHeader() {
        Span product = new Span("Gantry");
        product.addClassName("gantry-product");
        HorizontalLayout header = new HorizontalLayout(product, configureChangeSetSelector());
        header.addClassName("gantry-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    private Select<String> configureChangeSetSelector() {
        Select<String> changeSets = new Select<>();
        changeSets.setAriaLabel("Change set");
        changeSets.setItems("HEAD");
        changeSets.setValue("HEAD");
        changeSets.addClassName("gantry-change-set-selector");
        return changeSets;
    }
}
