package dev.gantry.image;

/** The component has no ECR repository resource on HEAD to push to. */
public class NoRepositoryResourceException extends RuntimeException {

    public NoRepositoryResourceException(String message) {
        super(message);
    }
}
