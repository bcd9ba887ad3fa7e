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
        Diagram before = new Diagram("v1", List.of(vpc, subnet, group), List.of());
        Map<String, Diagram.Node> dropped = Map.of("subnet", Nodes.at(subnet, "vpc", 300, 120)); // the browser's
        Diagram stored = new Diagram("v1", List.of(vpc, node("subnet", "subnet-a", "vpc", 300, 120), group), List.of());

        DiagramPatch patch =
                DiagramPatch.between(nodes(before), edges(before), stored).keeping(dropped, nodes(stored));

        assertThat(patch.isEmpty()).isTrue();
    }

    @Test
    void aNodeTheUserDroppedIsSentWhereTheServerHasItWhenThatDiffers() {
        Diagram before = new Diagram("v1", List.of(vpc, subnet, group), List.of());
        Map<String, Diagram.Node> dropped = Map.of("subnet", Nodes.at(subnet, "vpc", 300, 120));
        Diagram renamed = new Diagram("v1", List.of(vpc, subnet, node("sg", "web-2", "vpc", 400)), List.of());

        DiagramPatch patch =
                DiagramPatch.between(nodes(before), edges(before), renamed).keeping(dropped, nodes(renamed));

        assertThat(patch.nodes()).extracting(Diagram.Node::name).containsExactlyInAnyOrder("web-2", "subnet-a");
        assertThat(patch.nodes())
                .filteredOn(n -> n.id().equals("subnet"))
                .extracting(Diagram.Node::x)
                .containsExactly(80.0);
    }

    @Test
    void tabsGoingFromOneDiagramToTheNextShareOnePatchWrittenOnce() {
        SharedPatches patches = new SharedPatches();
        Diagram before = new Diagram("v1", List.of(vpc, subnet, group), List.of(wire));
        Diagram after = new Diagram("v1", List.of(vpc, node("subnet", "subnet-b", "vpc", 80), group), List.of(wire));

        DiagramPatch first = patches.between(before, after);
        // another tab holds its own Diagram of the same version: the same lists under another record
        DiagramPatch second = patches.between(
                new Diagram("v1", before.nodes(), before.edges()), new Diagram("v1", after.nodes(), after.edges()));

        assertThat(second).isSameAs(first);
        assertThat(first.nodes()).extracting(Diagram.Node::name).containsExactly("subnet-b");
        assertThat(patches.wire(second)).isSameAs(patches.wire(first));
        assertThat(patches.wire(first).get("nodes").get(0).get("name").asString())
                .isEqualTo("subnet-b");
    }

    @Test
    void aDiagramBuiltAgainWithEqualContentIsComparedAgainNotMistakenForAnother() {
        SharedPatches patches = new SharedPatches();
        Diagram before = new Diagram("v1", List.of(vpc, subnet), List.of());
        Diagram renamed = new Diagram("v1", List.of(vpc, node("subnet", "subnet-b", "vpc", 80)), List.of());
        Diagram movedInstead = new Diagram("v1", List.of(vpc, node("subnet", "subnet-a", "vpc", 90)), List.of());

        assertThat(patches.between(before, renamed).nodes())
                .extracting(Diagram.Node::name)
                .containsExactly("subnet-b");
        assertThat(patches.between(before, movedInstead).nodes())
                .extracting(Diagram.Node::x)
                .containsExactly(90.0);
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
