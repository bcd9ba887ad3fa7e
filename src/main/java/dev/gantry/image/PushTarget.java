package dev.gantry.image;

import java.util.regex.Pattern;

/**
 * Where a push goes: the repository's URI ({@code 123456789012.dkr.ecr.us-east-1.amazonaws.com/app}) and a tag.
 * The registry to log in to is the URI's host, as with {@code docker login} in the how-to.
 */
record PushTarget(String repositoryUri, String tag) {

    /** Docker's rule for tags: up to 128 word characters, dots and dashes, not starting with either. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    PushTarget {
        if (tag == null || !TAG.matcher(tag).matches()) {
            throw new InvalidImageTagException("'" + tag + "' is not a valid image tag: up to 128 letters, digits, "
                    + "underscores, dots and dashes, not starting with a dot or dash");
        }
    }

    String registry() {
        int slash = repositoryUri.indexOf('/');
        return slash < 0 ? repositoryUri : repositoryUri.substring(0, slash);
    }

    String reference() {
        return repositoryUri + ":" + tag;
    }
}
