package dev.gantry.aws;

import dev.gantry.action.ProviderException;
import dev.gantry.action.ResourceRequest;
import dev.gantry.action.ResourceState;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudcontrol.CloudControlClient;
import software.amazon.awssdk.services.cloudcontrol.model.HandlerErrorCode;
import software.amazon.awssdk.services.cloudcontrol.model.OperationStatus;
import software.amazon.awssdk.services.cloudcontrol.model.ProgressEvent;
import software.amazon.awssdk.services.cloudcontrol.model.ResourceNotFoundException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every resource type without a native handler, through the Cloud Control API: requests carry the action's token
 * as ClientToken (so a repeated request is the same request) and are polled with backoff until they finish.
 * Updates send an RFC 6902 patch from the previously applied state to the desired one.
 */
final class CloudControlHandler implements ResourceHandler {

    private static final int CLIENT_TOKEN_LIMIT = 128;
    private static final Set<HandlerErrorCode> TRANSIENT = Set.of(
            HandlerErrorCode.THROTTLING,
            HandlerErrorCode.SERVICE_INTERNAL_ERROR,
            HandlerErrorCode.NETWORK_FAILURE,
            HandlerErrorCode.INTERNAL_FAILURE,
            HandlerErrorCode.RESOURCE_CONFLICT);

    private final AwsClients clients;
    private final Poller poller;

    CloudControlHandler(AwsClients clients, Poller poller) {
        this.clients = clients;
        this.poller = poller;
    }

    @Override
    public ResourceState create(ResourceRequest request) {
        CloudControlClient cc = clients.cloudControl(request.context());
        ProgressEvent started = cc.createResource(r -> r.typeName(request.resourceType())
                        .desiredState(
                                Desired.write(Desired.of(request.desiredState()).node()))
                        .clientToken(ClientTokens.of(request, CLIENT_TOKEN_LIMIT)))
                .progressEvent();
        ProgressEvent done = await(cc, started);
        request.created(done.identifier());
        return read(request, done.identifier());
    }

    @Override
    public ResourceState read(ResourceRequest request, String identifier) {
        CloudControlClient cc = clients.cloudControl(request.context());
        try {
            var description = cc.getResource(
                            r -> r.typeName(request.resourceType()).identifier(identifier))
                    .resourceDescription();
            ObjectNode properties =
                    description.properties() == null ? Desired.newObject() : Desired.parse(description.properties());
            return new ResourceState(description.identifier(), properties);
        } catch (ResourceNotFoundException e) {
            return ResourceState.missing();
        }
    }

    @Override
    public ResourceState update(ResourceRequest request, String identifier, ObjectNode previous) {
        ArrayNode patch = JsonPatch.diff(previous, request.desiredState());
        if (patch.isEmpty()) {
            return read(request, identifier);
        }
        CloudControlClient cc = clients.cloudControl(request.context());
        ProgressEvent started = cc.updateResource(r -> r.typeName(request.resourceType())
                        .identifier(identifier)
                        .patchDocument(Desired.write(patch))
                        .clientToken(operationToken(request, "update")))
                .progressEvent();
        await(cc, started);
        return read(request, identifier);
    }

    @Override
    public void delete(ResourceRequest request, String identifier) {
        CloudControlClient cc = clients.cloudControl(request.context());
        ProgressEvent started;
        try {
            started = cc.deleteResource(r -> r.typeName(request.resourceType())
                            .identifier(identifier)
                            .clientToken(operationToken(request, "delete")))
                    .progressEvent();
        } catch (ResourceNotFoundException e) {
            return;
        }
        try {
            await(cc, started);
        } catch (NotFound gone) {
            // Deleting what is already gone succeeds.
        }
    }

    /**
     * Cloud Control refuses a client token reused for another operation (ClientTokenConflictException), so an
     * engine that kept one token per component across create, update and delete would otherwise be stuck.
     */
    private static String operationToken(ResourceRequest request, String operation) {
        return ClientTokens.of(request, CLIENT_TOKEN_LIMIT - operation.length() - 1) + "-" + operation;
    }

    private ProgressEvent await(CloudControlClient cc, ProgressEvent started) {
        ProgressEvent done = finished(started)
                .orElseGet(() -> poller.until(
                        started.operationAsString() + " of " + started.typeName() + " (request "
                                + started.requestToken() + ")",
                        () -> finished(cc.getResourceRequestStatus(r -> r.requestToken(started.requestToken()))
                                .progressEvent())));
        if (done.operationStatus() == OperationStatus.SUCCESS) {
            return done;
        }
        String message = message(done);
        if (done.errorCode() == HandlerErrorCode.NOT_FOUND) {
            throw new NotFound(message);
        }
        // Set.of(...).contains(null) throws: a FAILED event need not carry an error code.
        throw new ProviderException(message, done.errorCode() != null && TRANSIENT.contains(done.errorCode()), null);
    }

    /** The provider's own words; a failed event may come without an error code, or without a message. */
    private static String message(ProgressEvent done) {
        String code = done.errorCodeAsString();
        String status = done.statusMessage();
        if (status == null || status.isBlank()) {
            status = done.operationStatus() == OperationStatus.CANCEL_COMPLETE
                    ? "the request was cancelled"
                    : done.operationAsString() + " of " + done.typeName() + " failed without a message";
        }
        return code == null || code.isBlank() ? status : code + ": " + status;
    }

    private static Optional<ProgressEvent> finished(ProgressEvent event) {
        return switch (event.operationStatus()) {
            case SUCCESS, FAILED, CANCEL_COMPLETE -> Optional.of(event);
            default -> Optional.empty();
        };
    }

    /** A request failed because the resource does not exist; callers that delete treat that as done. */
    private static final class NotFound extends ProviderException {
        NotFound(String message) {
            super(message, false, null);
        }
    }
}
