package dev.gantry.ui;

import dev.gantry.catalog.Asset;
import dev.gantry.changeset.ComponentView;
import dev.gantry.model.ComponentId;
import dev.gantry.model.Geometry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a new component goes and what it is called: beside its new siblings, below the frame's sockets, with
 * a name such as {@code subnet-2} that the user can keep or change.
 */
final class Placement {

    static final double CARD_WIDTH = 250;
    static final double FRAME_WIDTH = 560;
    static final double FRAME_HEIGHT = 360;
    private static final double GAP = 32;
    private static final double FRAME_TITLE = 34;
    private static final double SOCKET_ROW = 20;
    private static final double CARD_TITLE = 52;

    private final List<ComponentView> components;

    Placement(List<ComponentView> components) {
        this.components = components;
    }

    String name(Asset asset) {
        String base = asset.name().contains("::") ? asset.name().substring(asset.name().lastIndexOf(':') + 1)
                : asset.name();
        String slug = base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase(Locale.ROOT).replaceAll("^-|-$", "");
        long same = components.stream().filter(c -> c.assetName().equals(asset.name())).count();
        return slug + "-" + (same + 1);
    }

    /** A free spot inside {@code frame} (right of its children, below its sockets), or right of the canvas' content. */
    Geometry spot(Asset asset, boolean frame, ComponentView parent, Asset parentAsset) {
        double width = frame ? FRAME_WIDTH : CARD_WIDTH;
        double height = frame ? FRAME_HEIGHT : cardHeight(asset);
        ComponentId parentId = parent == null ? null : parent.id();
        List<ComponentView> siblings = components.stream().filter(c -> Objects.equals(c.parent(), parentId)).toList();
        double right = siblings.stream().mapToDouble(c -> c.geometry().x() + width(c)).max().orElse(0);
        if (parent == null) {
            return new Geometry(siblings.isEmpty() ? 40 : right + GAP * 2, 40, width, height);
        }
        double top = FRAME_TITLE + SOCKET_ROW * socketRows(parentAsset) + GAP;
        return new Geometry(siblings.isEmpty() ? 24 : right + GAP, top, width, height);
    }

    /** The size {@code frame} needs to hold a child at {@code spot}, never smaller than it is. */
    static Geometry grownToHold(ComponentView frame, Geometry spot) {
        Geometry g = frame.geometry();
        return g.sized(Math.max(g.width(), spot.x() + spot.width() + 24), Math.max(g.height(), spot.y() + spot.height() + 24));
    }

    static double cardHeight(Asset asset) {
        return CARD_TITLE + SOCKET_ROW * socketRows(asset) + 12;
    }

    private static int socketRows(Asset asset) {
        return asset == null ? 0 : Math.max(asset.inputs().size(), asset.outputs().size());
    }

    private static double width(ComponentView c) {
        return c.type().equals("component") ? CARD_WIDTH : c.geometry().width();
    }
}
