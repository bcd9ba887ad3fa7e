package dev.gantry.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {

    private final Catalog catalog = CatalogService.shared();

    @Test
    void holdsEveryCloudFormationResourceTypeOfTheSpec() {
        long resources = catalog.all().stream()
                .filter(a -> a.kind() == AssetKind.RESOURCE)
                .count();
        assertThat(resources).isGreaterThan(1_800);
        assertThat(catalog.find("AWS::S3::Bucket")).isPresent();
    }

    @Test
    void findsAssetsByLooseSpellings() {
        assertThat(catalog.require("AWS::EC2::NATGateway").name()).isEqualTo("AWS::EC2::NatGateway");
        assertThat(catalog.require("aws::ec2::vpc").name()).isEqualTo("AWS::EC2::VPC");
        assertThat(catalog.require("AWS Region").name()).isEqualTo("Region");
        assertThat(catalog.require("EC2::Subnet").name()).isEqualTo("AWS::EC2::Subnet");
        assertThat(catalog.require("AWS::ECS::TaskDefintion").name()).isEqualTo("AWS::ECS::TaskDefinition");
    }

    @Test
    void namesAnUnknownAssetInItsError() {
        assertThat(catalog.find("AWS::Nope::Nothing")).isEmpty();
        assertThatThrownBy(() -> catalog.require("AWS::Nope::Nothing"))
                .isInstanceOf(UnknownAssetException.class)
                .hasMessageContaining("AWS::Nope::Nothing");
    }

    @Test
    void readsKindsRequiredCreateOnlyAndNestedTypesFromTheSpec() {
        Asset subnet = catalog.require("AWS::EC2::Subnet");
        Property vpcId = subnet.property("VpcId").orElseThrow();
        assertThat(vpcId.required()).isTrue();
        assertThat(vpcId.createOnly()).isTrue();
        assertThat(vpcId.type()).isEqualTo(new PropertyType.Scalar(PropertyType.Primitive.STRING));
        assertThat(subnet.attributes()).containsKey("SubnetId");
        assertThat(subnet.primaryIdentifier()).containsExactly("SubnetId");
        assertThat(List.copyOf(subnet.properties().keySet())).startsWith("AssignIpv6AddressOnCreation");

        PropertyType runtime = catalog.require("AWS::ECS::TaskDefinition")
                .property("RuntimePlatform")
                .orElseThrow()
                .type();
        assertThat(runtime)
                .isInstanceOfSatisfying(
                        PropertyType.ObjectType.class,
                        o -> assertThat(o.properties()).containsKeys("CpuArchitecture", "OperatingSystemFamily"));
    }

    @Test
    void sharesIdenticalTypeShapesAcrossAssets() {
        PropertyType subnetTags = catalog.require("AWS::EC2::Subnet")
                .property("Tags")
                .orElseThrow()
                .type();
        PropertyType vpcTags =
                catalog.require("AWS::EC2::VPC").property("Tags").orElseThrow().type();
        assertThat(subnetTags).isSameAs(vpcTags);
    }

    @Test
    void makesEveryArrayOfObjectsASubAssetWithOneWholeValueOutput() {
        Asset portMappings = catalog.require("ContainerDefinitions PortMappings");
        assertThat(portMappings.kind()).isEqualTo(AssetKind.SUB_ASSET);
        assertThat(portMappings.properties()).containsKeys("ContainerPort", "HostPort", "Protocol");
        assertThat(portMappings.outputs())
                .singleElement()
                .satisfies(o -> assertThat(o.source()).isEqualTo(Socket.SocketSource.WHOLE_VALUE));
        assertThat(catalog.require("TaskDefinition ContainerDefinitions")
                        .input("Port Mappings")
                        .orElseThrow()
                        .arity())
                .isEqualTo(Socket.Arity.MANY);
    }

    @Test
    void givesEveryResourceRegionAndCredentialInputsButNotSubAssets() {
        Asset vpc = catalog.require("AWS::EC2::VPC");
        assertThat(vpc.input("Region").orElseThrow().source()).isEqualTo(Socket.SocketSource.CONTEXT);
        assertThat(vpc.input("AWS Credential")).isPresent();
        assertThat(catalog.require("Listener DefaultActions").input("Region")).isEmpty();
    }

    @Test
    void scalarInputsTakeOneEdgeAndArrayInputsMany() {
        Asset service = catalog.require("AWS::ECS::Service");
        assertThat(service.input("Task Definition").orElseThrow().arity()).isEqualTo(Socket.Arity.ONE);
        Socket subnets = service.input("Network Awsvpc Subnets").orElseThrow();
        assertThat(subnets.arity()).isEqualTo(Socket.Arity.MANY);
        assertThat(subnets.propertyPath()).containsExactly("NetworkConfiguration", "AwsvpcConfiguration", "Subnets");
    }

    @Test
    void noInputCarriesAGenericAnnotationThatWouldFitEverything() {
        for (Asset asset : catalog.all()) {
            for (Socket input : asset.inputs()) {
                assertThat(input.annotations())
                        .as(asset.name() + " / " + input.name())
                        .noneMatch(
                                a -> List.of("id", "arn", "name", "ids", "arns").contains(a.toLowerCase()));
            }
        }
    }

    @Test
    void rolePolicyAttachesAManagedPolicyOrEmbedsAnInlineOne() {
        Asset rolePolicy = catalog.require("AWS::IAM::RolePolicy");
        assertThat(rolePolicy.properties()).containsKeys("RoleName", "PolicyArn", "PolicyName", "PolicyDocument");
        assertThat(rolePolicy.property("PolicyName").orElseThrow().required()).isFalse();
        assertThat(rolePolicy.input("RoleName")).isPresent();
    }

    @Test
    void credentialKeysAreSecrets() {
        Asset credential = catalog.require("AWS Credential");
        assertThat(credential.property("SecretAccessKey").orElseThrow().secret())
                .isTrue();
        assertThat(credential.property("UseDefaultChain").orElseThrow().secret())
                .isFalse();
        assertThat(credential.kind()).isEqualTo(AssetKind.CONFIGURATION);
    }
}
