package dev.gantry.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.gantry.AsOwner;
import dev.gantry.GantryIntegrationTest;
import dev.gantry.TestDatabase;
import dev.gantry.action.ReferenceWorkflowChecks;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import dev.gantry.changeset.ChangeSetId;
import dev.gantry.changeset.ComponentService;
import dev.gantry.changeset.ComponentView;
import dev.gantry.changeset.ConnectionService;
import dev.gantry.model.ComponentId;
import dev.gantry.model.ComponentType;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Both how-to guides (reference/aws-vpc-howto.md, then aws-ecr-ecs-howto.md) done as a user does them: through the
 * browser only, mouse and keyboard, from an empty workspace, applied against moto, the load balancer's DNSName read
 * in the Resource tab, and the clean-up. The steps run in the guides' order, each on what the one before left; the
 * server and the account (moto) are only read, to check that what was built is what the guides ask for. It writes
 * the screenshots of docs/guide/README.md ("Walking the how-to guides"), so the guide shows the product as it is.
 */
@GantryIntegrationTest
@AsOwner
@TestPropertySource(properties = TestDatabase.OWN_DATABASE + "=howto_browser")
@ExtendWith(MotoServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HowToGuideBrowserIT {

    private static final String[] ZONES = {"us-east-1a", "us-east-1b", "us-east-1c"};

    @LocalServerPort
    int port;

    @Autowired
    ComponentService components;

    @Autowired
    ConnectionService connections;

    private Browser browser;
    private BrowserContext context;
    private Page page;
    private GuideWalker user;

    @DynamicPropertySource
    static void awsEndpoint(DynamicPropertyRegistry registry) {
        registry.add("gantry.aws.endpoint", () -> MotoServer.endpoint().toString());
        registry.add("gantry.aws.poll-interval", () -> "100ms");
    }

    @BeforeAll
    void openTheEditor() {
        browser = Browser.launch();
        context = browser.newContext(port);
        page = context.newPage();
        page.setViewportSize(1920, 1080); // a desktop screen: a whole VPC readable at once
        page.navigate("http://localhost:" + port + "/");
        page.locator("[data-testid='canvas']").waitFor();
        user = new GuideWalker(page, components, connections);
    }

    @AfterEach
    void showWhereItStopped(TestInfo test) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/howto-" + test.getDisplayName() + ".png")));
    }

    @AfterAll
    void closeTheEditor() {
        context.close();
        browser.close();
    }

    @Test
    @Order(1)
    void theVpcGuide() {
        user.newChangeSet("VPC How-to");
        user.addAs("down frame");
        user.add("AWS Credential", "AWS Credential", "AWS Credential");
        user.set("AccessKeyId", "testing");
        user.set("SecretAccessKey", "testing");
        user.add("Region", "Region", "us-east-1");
        user.set("Region", "us-east-1");
        user.add("VPC", "AWS::EC2::VPC", "How to VPC");
        user.set("CidrBlock", "10.0.0.0/16");
        user.set("EnableDnsHostnames", "true");
        user.set("EnableDnsSupport", "true"); // the guide's "EnableDnsResolution"

        for (int i = 1; i <= 3; i++) {
            user.select("How to VPC");
            user.addAs("down frame");
            user.add("Subnet", "AWS::EC2::Subnet", "Public " + i);
            user.set("CidrBlock", "10.0." + (112 + 16 * i) + ".0/20");
            user.set("AvailabilityZone", ZONES[i - 1]);
            user.set("MapPublicIpOnLaunch", "true");
            user.addAs("component");
            user.add("NATGateway", "AWS::EC2::NatGateway", "NAT Gateway " + i); // CloudFormation's spelling
            user.set("ConnectivityType", "public");
            user.add("EIP", "AWS::EC2::EIP", "NAT Gateway IP " + i);
            user.set("Domain", "vpc");
            user.connect("NAT Gateway IP " + i, "Allocation ID", "NAT Gateway " + i, "Allocation ID");
        }
        GuideScreenshots.take(page, "vpc-1-public-subnets");

        user.select("How to VPC");
        user.addAs("down frame");
        user.add("RouteTable", "AWS::EC2::RouteTable", "Public Route Table");
        user.addAs("component");
        for (int i = 1; i <= 3; i++) {
            user.select("Public Route Table");
            user.add(
                    "SubnetRouteTableAssociation",
                    "AWS::EC2::SubnetRouteTableAssociation",
                    "Public " + i + " Association");
            user.connect("Public " + i, "Subnet ID", "Public " + i + " Association", "Subnet ID");
        }
        user.select("Public Route Table");
        user.add("Route", "AWS::EC2::Route", "Route to Internet");
        user.set("DestinationCidrBlock", "0.0.0.0/0");

        user.select("How to VPC");
        user.add("InternetGateway", "AWS::EC2::InternetGateway", "IGW");
        user.add("VPCGatewayAttachment", "AWS::EC2::VPCGatewayAttachment", "Gateway VPC Attachment");
        user.connect("IGW", "Internet Gateway ID", "Route to Internet", "Gateway ID");
        user.connect("IGW", "Internet Gateway ID", "Gateway VPC Attachment", "Internet Gateway ID");

        for (int i = 1; i <= 3; i++) {
            user.select("How to VPC");
            user.addAs("down frame");
            user.add("Subnet", "AWS::EC2::Subnet", "Private " + i);
            user.set("CidrBlock", "10.0." + (32 * (i - 1)) + ".0/19");
            user.set("AvailabilityZone", ZONES[i - 1]);
            user.add("RouteTable", "AWS::EC2::RouteTable", "Private Route Table " + i);
            user.addAs("component");
            user.add("Route", "AWS::EC2::Route", "Route to Internet " + i);
            user.set("DestinationCidrBlock", "0.0.0.0/0");
            user.connect("NAT Gateway " + i, "NAT Gateway ID", "Route to Internet " + i, "NAT Gateway ID");
            // the association gets its subnet and its route table from the frames around it
            user.add(
                    "SubnetRouteTableAssociation",
                    "AWS::EC2::SubnetRouteTableAssociation",
                    "Private " + i + " Association");
        }
        user.fitView();
        GuideScreenshots.take(page, "vpc-2-diagram");

        applyAndSucceed();
        // the run's progress lists every action with its state
        assertThat(page.locator("[data-testid='action-How to VPC']").first()).containsText("succeeded");
        user.select("How to VPC");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Resource"))
                .click();
        assertThat(page.locator("[data-testid='resource-VpcId']")).containsText("vpc-");
        assertThat(page.locator("[data-testid='resource-CidrBlock']")).containsText("10.0.0.0/16");
        GuideScreenshots.take(page, "vpc-3-applied");
    }

    @Test
    @Order(2)
    void theEcrChangeSet() {
        user.newChangeSet("ECR Infrastructure How-to");
        user.select("How to VPC");
        user.addAs("down frame");
        user.add("ECR Repository", "AWS::ECR::Repository", "demo-app-ecr-repo");
        user.set("RepositoryName", "demo-app-ecr-repo");
        user.set("EmptyOnDelete", "true");
        user.addAs("up frame");
        user.add("Private Repository Policy", "AWS ECR Private Repository Policy", "demo-app-ecr-repo-policy");
        user.addAs("component");
        user.add("PolicyStatement", "AWS::IAM::PolicyStatement", "AllowPullForECSTasks");
        user.listItems("Action", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability");
        user.set("Effect", "Allow");
        user.set("Sid", "AllowPullForECSTasks");
        // real ECR refuses a repository policy statement without a principal: the ECS tasks pull
        user.objectListItems("Principal", "Service", "ecs-tasks.amazonaws.com");
        user.fitView();
        GuideScreenshots.take(page, "ecr-1-policy-statement");

        applyAndSucceed();
        user.select("demo-app-ecr-repo");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Resource"))
                .click();
        assertThat(page.locator("[data-testid='resource-RepositoryUri']"))
                .containsText("dkr.ecr.us-east-1.amazonaws.com/demo-app-ecr-repo");
    }

    @Test
    @Order(3)
    void theEcsChangeSet() {
        user.newChangeSet("ECS Infra");
        EcsGuideSteps.build(user);
        user.fitView();
        GuideScreenshots.take(page, "ecs-1-diagram");

        applyAndSucceed();
        user.select("application-alb");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Resource"))
                .click();
        assertThat(page.locator("[data-testid='resource-DNSName']"))
                .containsText("application-alb-1.us-east-1.elb.amazonaws.com");
        GuideScreenshots.take(page, "ecs-2-dns-name");

        // the VPC guide's 31 components, the ECR change set's 3 and the ECS change set's 19
        assertThat(head()).hasSize(53);
        assertThat(head().get("How to VPC").type()).isEqualTo(ComponentType.DOWN_FRAME);
        assertThat(head().get("demo-app-taskdef").type()).isEqualTo(ComponentType.UP_FRAME);
        ReferenceWorkflowChecks.verifyInTheAccount(new ApiClient(port), built());
    }

    @Test
    @Order(4)
    void theCleanUp() {
        user.newChangeSet("Clean up How-to");
        user.select("How to VPC");
        page.keyboard().press("Delete");
        // a frame with anything inside always asks first
        assertThat(page.locator("vaadin-confirm-dialog[opened]")).containsText("Delete How to VPC?");
        GuideScreenshots.take(page, "cleanup-1-confirm");
        page.locator("vaadin-button[slot='confirm-button']").click();
        page.waitForCondition(ServerPolls.of(() -> user.find("How to VPC").isEmpty()));

        applyAndSucceed();
        Map<String, ComponentView> head = head();
        assertThat(head.keySet()).containsExactlyInAnyOrder("AWS Credential", "us-east-1");
        ReferenceWorkflowChecks.nothingGantryMadeIsLeft();
    }

    /** Escape to the workspace, Apply Change Set, and the run's progress until it succeeds. */
    private void applyAndSucceed() {
        user.clickInBar("Apply Change Set");
        assertThat(user.awaitRun()).isEqualTo("succeeded");
        assertThat(page.locator("[data-testid='change-set-status']"))
                .hasText("applied model", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    }

    private Map<String, ComponentView> head() {
        return components.list(ChangeSetId.HEAD).stream()
                .collect(Collectors.toMap(ComponentView::name, Function.identity()));
    }

    /** What the three change sets made, by the guides' names, as the account checks want it. */
    private ReferenceWorkflowChecks.Diagrams built() {
        Map<String, ComponentId> ids =
                head().values().stream().collect(Collectors.toMap(ComponentView::name, ComponentView::id));
        ReferenceDiagram.Built all = new ReferenceDiagram.Built(ChangeSetId.HEAD, ids);
        return new ReferenceWorkflowChecks.Diagrams(all, all, all);
    }
}
