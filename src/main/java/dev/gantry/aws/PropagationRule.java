package dev.gantry.aws;

import java.util.Locale;
import java.util.Set;

/**
 * One answer AWS gives while something it has just made (or is still taking away) has not reached every part of
 * AWS yet: retrying it after a while succeeds. See {@link PropagationRules} for the table.
 *
 * @param service         the SDK's service name ({@code EC2}, {@code ECS}, {@code Elastic Load Balancing v2})
 * @param operation       the API call ({@code CreateService}); {@code *} for any call of the service
 * @param errorCode       AWS's error code ({@code InvalidVpcID.NotFound})
 * @param messageContains a part of AWS's message that tells this case from others with the same code; empty for any
 * @param phases          when it means "not visible yet": during a create (and its follow-up calls), an update, a delete
 * @param why             what is still on its way, for the log and the user
 */
record PropagationRule(
        String service, String operation, String errorCode, String messageContains, Set<Phase> phases, String why) {

    /** What the action is doing when the answer comes. */
    enum Phase {
        CREATE,
        UPDATE,
        DELETE
    }

    static final Set<Phase> CREATE_OR_UPDATE = Set.of(Phase.CREATE, Phase.UPDATE);
    static final Set<Phase> CREATE_ONLY = Set.of(Phase.CREATE);
    static final Set<Phase> DELETE_ONLY = Set.of(Phase.DELETE);

    PropagationRule {
        phases = Set.copyOf(phases);
    }

    boolean matches(Phase phase, String failedService, String failedOperation, String code, String message) {
        return phases.contains(phase)
                && service.equalsIgnoreCase(failedService)
                && ("*".equals(operation) || operation.equals(failedOperation))
                && errorCode.equals(code)
                && (messageContains.isEmpty()
                        || (message != null
                                && message.toLowerCase(Locale.ROOT)
                                        .contains(messageContains.toLowerCase(Locale.ROOT))));
    }
}
