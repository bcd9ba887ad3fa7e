/**
 * Who may do what: local accounts and sign-in (form, HTTP Basic, personal access tokens, OpenID Connect), roles per
 * workspace, and the API's filter chain. The acting user is {@link dev.gantry.security.Actor#current()}. Depends on
 * no other module.
 */
@ApplicationModule(
        displayName = "Security",
        allowedDependencies = {})
package dev.gantry.security;

import org.springframework.modulith.ApplicationModule;
