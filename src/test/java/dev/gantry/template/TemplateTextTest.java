package dev.gantry.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TemplateTextTest {

    @Test
    void shortFormTagsReadAsTheLongFormFunctions() {
        ObjectNode tree = TemplateText.parse("""
                Resources:
                  Subnet:
                    Type: AWS::EC2::Subnet
                    Properties:
                      VpcId: !Ref Vpc
                      Zone: !GetAtt Vpc.Ipv6CidrBlocks
                      Name: !Sub "${AWS::StackName}-subnet"
                      Cidr: !Select [0, !Cidr [!GetAtt [Vpc, CidrBlock], 4, 8]]
                      Port: 8080
                      Public: true
                      Version: "2012-10-17"
                """).tree();
        JsonNode props = tree.path("Resources").path("Subnet").path("Properties");

        assertThat(props.get("VpcId").toString()).isEqualTo("{\"Ref\":\"Vpc\"}");
        assertThat(props.get("Zone").toString()).isEqualTo("{\"Fn::GetAtt\":[\"Vpc\",\"Ipv6CidrBlocks\"]}");
        assertThat(props.get("Name").toString()).isEqualTo("{\"Fn::Sub\":\"${AWS::StackName}-subnet\"}");
        assertThat(props.get("Cidr").toString())
                .isEqualTo("{\"Fn::Select\":[0,{\"Fn::Cidr\":[{\"Fn::GetAtt\":[\"Vpc\",\"CidrBlock\"]},4,8]}]}");
        assertThat(props.get("Port").isInt()).isTrue();
        assertThat(props.get("Public").isBoolean()).isTrue();
        assertThat(props.get("Version").asString()).isEqualTo("2012-10-17");
    }

    @Test
    void jsonTemplatesReadTheSame() {
        ObjectNode tree = TemplateText.parse(
                        "{\"Resources\":{\"Vpc\":{\"Type\":\"AWS::EC2::VPC\",\"Properties\":{\"CidrBlock\":\"10.0.0.0/16\"}}}}")
                .tree();
        assertThat(tree.path("Resources").path("Vpc").path("Type").asString()).isEqualTo("AWS::EC2::VPC");
    }

    @Test
    void yamlIsWrittenWithShortFormsAndQuotesWhatYaml11WouldMisread() {
        ObjectNode tree = TemplateText.parse("""
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties:
                      Arn: {"Fn::GetAtt": ["Other", "Arn"]}
                      Name: {"Ref": "Other"}
                      Version: "2012-10-17"
                      Flag: "yes"
                      Port: "8080"
                """).tree();
        String yaml = TemplateText.write(tree, TemplateFormat.YAML);

        assertThat(yaml).contains("Arn: !GetAtt 'Other.Arn'", "Name: !Ref 'Other'", "Version: '2012-10-17'");
        assertThat(yaml).contains("Flag: 'yes'", "Port: '8080'");
        assertThat(TemplateText.parse(yaml).tree()).isEqualTo(tree);
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() {
        assertThatThrownBy(() -> TemplateText.parse("Resources:\n  Vpc:\n    Type: [AWS::EC2::VPC\n"))
                .isInstanceOfSatisfying(MalformedTemplateException.class, e -> {
                    assertThat(e.line()).isGreaterThanOrEqualTo(3);
                    assertThat(e.getMessage()).startsWith("Line ");
                });
    }

    @Test
    void unknownTagsDuplicateKeysAndNonMappingsAreRefused() {
        assertThatThrownBy(() -> TemplateText.parse("Resources:\n  A: !Nope x\n"))
                .isInstanceOf(MalformedTemplateException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("!Nope");
        assertThatThrownBy(() -> TemplateText.parse("Resources: {}\nResources: {}\n"))
                .isInstanceOf(MalformedTemplateException.class)
                .hasMessageContaining("Duplicate key `Resources`");
        assertThatThrownBy(() -> TemplateText.parse("- a\n- b\n"))
                .isInstanceOf(MalformedTemplateException.class)
                .hasMessageContaining("mapping");
    }
}
