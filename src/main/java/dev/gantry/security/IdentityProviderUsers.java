package dev.gantry.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on: a user the identity provider vouches for becomes a member with the role their groups map to
 * ({@code gantry.security.group-roles}, read from the {@code gantry.security.role-claim} claim), updated at each
 * sign-in. Someone whose groups map to no role is refused; an IdP user never takes over a local account.
 */
class IdentityProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final SecuritySettings settings;
    private final MemberService members;
    private final Accounts accounts;

    IdentityProviderUsers(SecuritySettings settings, MemberService members, Accounts accounts) {
        this.settings = settings;
        this.members = members;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        Role role = roleOf(user.getClaims().get(settings.roleClaim()), settings.groupRoles());
        if (role == null) {
            throw refused("No Gantry role for " + username + ": none of their groups is mapped "
                    + "(gantry.security.group-roles)");
        }
        accounts.find(username).filter(a -> !"oidc".equals(a.source())).ifPresent(local -> {
            throw refused(username + " is a local account; the identity provider cannot sign in as it");
        });
        members.joinFromIdentityProvider(username, role);
        String nameClaim = user.getPreferredUsername() != null ? "preferred_username" : "sub";
        return new DefaultOidcUser(
                List.of(new SimpleGrantedAuthority(role.authority())),
                user.getIdToken(),
                user.getUserInfo(),
                nameClaim);
    }

    /** The strongest role any of the user's groups maps to; groups may come as a list or a single string. */
    static Role roleOf(Object claim, Map<String, String> groupRoles) {
        Collection<?> groups = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        Role strongest = null;
        for (Object group : groups) {
            String mapped = groupRoles.get(String.valueOf(group).replaceFirst("^/", ""));
            if (mapped != null) {
                Role role = Role.parse(mapped);
                strongest = strongest == null || role.atLeast(strongest) ? role : strongest;
            }
        }
        return strongest;
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
    }
}
