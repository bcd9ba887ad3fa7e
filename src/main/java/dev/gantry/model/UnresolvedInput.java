package dev.gantry.model;

/**
 * An input that a connection (drawn or from a frame) should feed but that has no value yet, because the producer's
 * resource does not exist yet or did not report the attribute the connection carries. Nothing may be sent to the
 * cloud for a component with one: the cloud would get a request without the property and refuse it in words that
 * hide the cause ("GroupId is required").
 *
 * @param input           the consumer's input socket ({@code TopicArn})
 * @param consumerName    the component whose input it is (a sub-component such as a container definition, when the
 *                        gap is nested in a whole value)
 * @param producer        the component that should provide it
 * @param producerName    its name
 * @param attribute       the read-only attribute the connection carries ({@code TopicArn})
 * @param producerExists  whether the producer's resource exists (then the attribute is missing from what it reported)
 */
public record UnresolvedInput(
        String input,
        String consumerName,
        ComponentId producer,
        String producerName,
        String attribute,
        boolean producerExists) {

    /** "input `TopicArn` has no value: `probe-topic` did not report `TopicArn`". */
    public String message() {
        String why = producerExists
                ? "`" + producerName + "` did not report `" + attribute + "`"
                : "`" + producerName + "` has no resource yet (its `" + attribute + "` arrives once it is created)";
        return "input `" + input + "` of `" + consumerName + "` has no value: " + why;
    }
}
