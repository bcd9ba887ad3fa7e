package dev.gantry.image;

import dev.gantry.GantryException;

/** The component has no ECR repository resource on HEAD to push to. */
public class NoRepositoryResourceException extends GantryException {

    public NoRepositoryResourceException(String message) {
        super(Kind.CONFLICT, "no-repository", "No repository to push to", message);
    }
}
