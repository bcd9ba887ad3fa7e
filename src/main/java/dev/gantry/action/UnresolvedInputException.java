package dev.gantry.action;

import dev.gantry.model.UnresolvedInput;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An action would send a request with inputs that have no value; it is not sent. {@link #producerPending()} says
 * whether every missing value is still on its way (its producer's own action has not finished), so the action can
 * wait instead of failing.
 */
class UnresolvedInputException extends RuntimeException {

    private final transient List<UnresolvedInput> inputs;
    private final boolean producerPending;

    UnresolvedInputException(List<UnresolvedInput> inputs, boolean producerPending) {
        super(inputs.stream().map(UnresolvedInput::message).collect(Collectors.joining("; ")));
        this.inputs = List.copyOf(inputs);
        this.producerPending = producerPending;
    }

    List<UnresolvedInput> inputs() {
        return inputs;
    }

    boolean producerPending() {
        return producerPending;
    }
}
