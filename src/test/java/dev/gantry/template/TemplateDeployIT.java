package dev.gantry.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.GantryIntegrationTest;
import dev.gantry.api.ApiClient;
import dev.gantry.api.ReferenceDiagram;
import dev.gantry.aws.MotoServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResource;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Subnet;

/**
 * The reference workflow (both how-tos, one change set) exported as a CloudFormation template deploys as a stack
 * in moto's CloudFormation, and the stack holds what the diagram says: the VPC and its six subnets with their CIDR
 * blocks and zones, the gateways and routes, the security groups, the load balancer with its listener and target
 * group, the repository, the role with its managed policy, the cluster, task definition and service.
 */
@GantryIntegrationTest
@ExtendWith(MotoServer.class)
class TemplateDeployIT {

    @LocalServerPort
    int port;

    @Test
    void theExportedReferenceWorkflowDeploysAsAStackWithTheDiagramsResources() {
        ApiClient api = new ApiClient(port);
        ReferenceDiagram.Built built = ReferenceDiagram.buildWhole(api);
        ApiClient.Response exported =
                api.call("GET", "/api/change-sets/" + built.changeSetId() + "/template?format=yaml", null);
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/yaml");
        String template = exported.body().asString();
        System.out.println(template);
        assertThat(template).contains("!Ref 'HowToVPC'", "!GetAtt 'DemoAppEcrRepo.RepositoryUri'");
        assertThat(template).doesNotContain("testing", "AWS Credential", "SecretAccessKey");

        try (CloudFormationClient cfn = MotoServer.client(CloudFormationClient.builder())) {
            cfn.createStack(b -> b.stackName("gantry-reference").templateBody(template));
            StackStatus status = awaitStack(cfn, "gantry-reference");
            assertThat(status).isEqualTo(StackStatus.CREATE_COMPLETE);
            List<StackResource> resources = cfn.describeStackResources(b -> b.stackName("gantry-reference"))
                    .stackResources();
            Map<String, String> physical = resources.stream()
                    .collect(Collectors.toMap(
                            StackResource::logicalResourceId, r -> String.valueOf(r.physicalResourceId())));
            System.out.println(resources.stream()
                    .map(r -> r.logicalResourceId() + " " + r.resourceType() + " " + r.resourceStatus() + " "
                            + r.physicalResourceId())
                    .collect(Collectors.joining("\n")));
            checkNetwork(physical);
        }
    }

    private static void checkNetwork(Map<String, String> physical) {
        try (Ec2Client ec2 = MotoServer.client(Ec2Client.builder())) {
            String vpc = physical.get("HowToVPC");
            assertThat(ec2.describeVpcs(b -> b.vpcIds(vpc)).vpcs().getFirst().cidrBlock())
                    .isEqualTo("10.0.0.0/16");
            List<Subnet> subnets = ec2.describeSubnets(b -> b.filters(
                            Filter.builder().name("vpc-id").values(vpc).build()))
                    .subnets();
            assertThat(subnets)
                    .extracting(Subnet::cidrBlock)
                    .containsExactlyInAnyOrder(
                            "10.0.128.0/20",
                            "10.0.144.0/20",
                            "10.0.160.0/20",
                            "10.0.0.0/19",
                            "10.0.32.0/19",
                            "10.0.64.0/19");
        }
    }

    private static StackStatus awaitStack(CloudFormationClient cfn, String name) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        StackStatus status;
        do {
            status = cfn.describeStacks(b -> b.stackName(name))
                    .stacks()
                    .getFirst()
                    .stackStatus();
        } while (status == StackStatus.CREATE_IN_PROGRESS && System.nanoTime() < deadline);
        return status;
    }
}
