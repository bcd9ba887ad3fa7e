package dev.gantry.aws;

import java.util.function.BooleanSupplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Creates for services whose names are unique (ECR repositories, IAM roles). They take no client token, but a
 * repeated create hits "already exists"; that is success only when the existing resource carries this action's
 * token tag, otherwise someone else owns the name and AWS's error stands.
 */
final class UniqueNames {

    private UniqueNames() {}

    static void create(Runnable create, String alreadyExistsCode, BooleanSupplier ownedByThisAction) {
        try {
            create.run();
        } catch (AwsServiceException e) {
            if (!alreadyExistsCode.equals(AwsErrors.code(e)) || !ownedByThisAction.getAsBoolean()) {
                throw e;
            }
        }
    }
}
