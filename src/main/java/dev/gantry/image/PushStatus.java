package dev.gantry.image;

/** Where a push stands; succeeded and failed are final. */
public enum PushStatus {
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean isFinal() {
        return this != RUNNING;
    }
}
