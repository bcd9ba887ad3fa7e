package dev.gantry.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Back-off after repeated failed sign-ins (form or Basic): after {@code gantry.security.sign-in-attempts}
 * wrong passwords in a row the account is locked for a while, doubling with each further failure up to a cap,
 * so guessing a password takes years while its owner waits at most minutes. A success resets the count.
 */
@Component
class SignInThrottle {

    private final Accounts accounts;
    private final SecuritySettings settings;

    SignInThrottle(Accounts accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.failedSignIn(
                event.getAuthentication().getName(),
                settings.signInAttempts(),
                settings.lockout().toSeconds(),
                settings.maxLockout().toSeconds());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.signedIn(event.getAuthentication().getName());
    }
}
