package dev.gantry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityProviderUsersTest {

    private static final Map<String, String> MAPPING =
            Map.of("gantry-approvers", "approver", "gantry-owners", "Owner", "developers", "collaborator");

    @Test
    void theStrongestRoleAnyGroupMapsToWins() {
        assertThat(IdentityProviderUsers.roleOf(List.of("developers", "gantry-approvers"), MAPPING))
                .isEqualTo(Role.APPROVER);
        assertThat(IdentityProviderUsers.roleOf(List.of("gantry-owners", "developers"), MAPPING))
                .isEqualTo(Role.OWNER);
    }

    @Test
    void keycloakGroupPathsAndASingleStringClaimAreUnderstood() {
        assertThat(IdentityProviderUsers.roleOf(List.of("/developers"), MAPPING))
                .isEqualTo(Role.COLLABORATOR);
        assertThat(IdentityProviderUsers.roleOf("gantry-approvers", MAPPING)).isEqualTo(Role.APPROVER);
    }

    @Test
    void groupsThatMapToNothingGiveNoRole() {
        assertThat(IdentityProviderUsers.roleOf(List.of("marketing"), MAPPING)).isNull();
        assertThat(IdentityProviderUsers.roleOf(null, MAPPING)).isNull();
    }
}
