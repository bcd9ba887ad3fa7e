package dev.gantry.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What travels to the browser after an edit: only the nodes and edges it changed. */
class DiagramPatchTest {

    private final Diagram.Node vpc = node("vpc", "main vpc", null, 40);
    private final Diagram.Node subnet = node("subnet", "subnet-a", "vpc", 80);
    private final Diagram.Node group = node("sg", "web", "vpc", 400);
    private final Diagram.Edge wire = new Diagram.Edge("x|sg", "sg", "Group Id", "subnet", "In", false, "drawn");

    @Test
    void aRenameSendsTheRenamedNodeAlone() {
        Diagram before = new Diagram("v1", List.of(vpc, subnet, group), List.of(wire));
        Diagram after = new Diagram("v1", List.of(vpc, node("subnet", "subnet-b", "vpc", 80), group), List.of(wire));

        DiagramPatch patch = DiagramPatch.between(nodes(before), edges(before), after);

        assertThat(patch.reset()).isFalse();
        assertThat(patch.nodes()).extracting(Diagram.Node::name).containsExactly("subnet-b");
        assertThat(patch.edges()).isEmpty();
        assertThat(patch.removedNodes()).isEmpty();
        assertThat(patch.removedEdges()).isEmpty();
    }

    @Test
    void aDeleteSendsTheIdsOfWhatWentAndNothingElse() {
        Diagram before = new Diagram("v1", List.of(vpc, subnet, group), List.of(wire));
        Diagram after = new Diagram("v1", List.of(vpc, subnet), List.of());

        DiagramPatch patch = DiagramPatch.between(nodes(before), edges(before), after);

        assertThat(patch.nodes()).isEmpty();
        assertThat(patch.removedNodes()).containsExactly("sg");
        assertThat(patch.removedEdges()).containsExactly("x|sg");
    }

    @Test
    void nothingChangedSendsNothing() {
        Diagram same = new Diagram("v1", List.of(vpc, subnet), List.of(wire));

        assertThat(DiagramPatch.between(nodes(same), edges(same), same).isEmpty())
                .isTrue();
    }

    @Test
    void aNodeTheUserDroppedIsNotSentBackWhenTheServerStoredItThere() {
        Diagram before = new Diagram("v1", List.of(vpc, subnet), List.of());
        Map<String, Diagram.Node> shown = nodes(before);
        shown.put("subnet", Nodes.at(subnet, "vpc", 300, 120)); // what the browser shows after the drag
        Diagram stored = new Diagram("v1", List.of(vpc, node("subnet", "subnet-a", "vpc", 300, 120)), List.of());

        assertThat(DiagramPatch.between(shown, Map.of(), stored).isEmpty()).isTrue();
    }

    private static Map<String, Diagram.Node> nodes(Diagram d) {
        return d.nodes().stream()
                .collect(Collectors.toMap(Diagram.Node::id, Function.identity(), (a, b) -> a, java.util.HashMap::new));
    }

    private static Map<String, Diagram.Edge> edges(Diagram d) {
        return d.edges().stream().collect(Collectors.toMap(Diagram.Edge::id, Function.identity()));
    }

    private static Diagram.Node node(String id, String name, String parent, double x) {
        return node(id, name, parent, x, 40);
    }

    private static Diagram.Node node(String id, String name, String parent, double x, double y) {
        return new Diagram.Node(
                id,
                "component",
                name,
                "AWS::EC2::Subnet",
                "EC2",
                "#7c3aed",
                parent,
                x,
                y,
                null,
                null,
                List.of(),
                List.of(),
                null,
                0);
    }
}
