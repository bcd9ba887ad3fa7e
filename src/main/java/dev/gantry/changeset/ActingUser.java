package dev.gantry.changeset;

import dev.gantry.security.Actor;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in user, the access token's owner, or whoever started the apply run being worked. */
@Component
public class ActingUser {

    /** The acting user's name, as recorded in the audit trail and on change sets and apply runs. */
    public String name() {
        return Actor.current().name();
    }
}
