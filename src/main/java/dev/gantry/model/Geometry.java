package dev.gantry.model;

/** Where a component sits on the canvas and how large it is (frames are resized to hold their children). */
public record Geometry(double x, double y, double width, double height) {

    public static final Geometry DEFAULT = new Geometry(0, 0, 240, 120);

    public Geometry movedBy(double dx, double dy) {
        return new Geometry(x + dx, y + dy, width, height);
    }

    public Geometry at(double newX, double newY) {
        return new Geometry(newX, newY, width, height);
    }

    public Geometry sized(double newWidth, double newHeight) {
        return new Geometry(x, y, newWidth, newHeight);
    }
}
