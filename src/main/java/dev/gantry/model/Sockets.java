package dev.gantry.model;

import dev.gantry.catalog.Asset;
import dev.gantry.catalog.Socket;
import dev.gantry.catalog.SocketMatcher;
import java.util.List;

/** Finds sockets by the names users type and words the refusals. */
final class Sockets {

    private Sockets() {}

    static Socket output(Asset asset, Component c, String name) {
        return asset.output(name)
                .or(() -> loose(asset.outputs(), name))
                .orElseThrow(() -> new UnknownSocketException("`" + c.name() + "` (" + asset.name()
                        + ") has no output socket `" + name + "`; it has " + names(asset.outputs())));
    }

    static Socket input(Asset asset, Component c, String name) {
        return asset.input(name)
                .or(() -> loose(asset.inputs(), name))
                .orElseThrow(() -> new UnknownSocketException("`" + c.name() + "` (" + asset.name()
                        + ") has no input socket `" + name + "`; it has " + names(asset.inputs())));
    }

    /** The edge a user asks for, once checked: the ends differ and the output fits the input. */
    static Edge checkedEdge(Component from, Socket output, Component to, Socket input) {
        if (from.id().equals(to.id())) {
            throw new InvalidEditException("`" + from.name() + "` cannot feed itself");
        }
        if (!SocketMatcher.fits(output, input)) {
            throw new IncompatibleSocketsException(incompatible(from, output, to, input));
        }
        return new Edge(from.id(), output.name(), to.id(), input.name());
    }

    static String incompatible(Component from, Socket output, Component to, Socket input) {
        return "Output `" + output.name() + "` of `" + from.name() + "` carries " + output.annotations()
                + " which does not fit input `" + input.name() + "` of `" + to.name() + "` expecting "
                + input.annotations();
    }

    /** "SubnetId", "Subnet ID" and "subnet id" all name the socket `Subnet Id`. */
    private static java.util.Optional<Socket> loose(List<Socket> sockets, String name) {
        String wanted = despaced(name);
        return sockets.stream()
                .filter(s -> despaced(s.name()).equals(wanted)
                        || (s.property() != null && despaced(s.property()).equals(wanted)))
                .findFirst();
    }

    private static String despaced(String name) {
        return name.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String names(List<Socket> sockets) {
        return sockets.stream().map(s -> "`" + s.name() + "`").toList().toString();
    }
}
