package dev.gantry.model;

/**
 * Breaks the house rules on purpose, so that {@code ArchitectureTest} can show that each of its rules fails on
 * such code: a model class using Vaadin (its icon set too), the AWS SDK, docker-java, Spring and the UI's internals
 * (a cycle too).
 * Test source only; never loaded by Gantry.
 */
@SuppressWarnings("unused")
class HouseRuleBreaker {

    private com.vaadin.flow.component.button.Button vaadin;
    private com.vaadin.flow.component.icon.VaadinIcon vaadinIcons;
    private software.amazon.awssdk.regions.Region aws;
    private com.github.dockerjava.api.DockerClient docker;
    private org.springframework.context.ApplicationContext spring;
    private dev.gantry.ui.canvas.Diagram uiInternals;
}
