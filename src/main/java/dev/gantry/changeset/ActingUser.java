package dev.gantry.changeset;

import dev.gantry.security.Actor;
import org.springframework.stereotype.Component;

/** Who is acting: the signed-in user, the access token's owner, or whoever started the apply run being worked. */
@Component
class ActingUser {

    String name() {
        return Actor.current().name();
    }
}
