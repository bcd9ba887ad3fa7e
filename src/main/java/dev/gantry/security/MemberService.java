package dev.gantry.security;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the workspace and their roles. Owners manage them; a workspace always keeps at least one owner,
 * and personal access tokens cannot manage members (a leaked token must not be able to add accounts).
 */
@Service
@Transactional
public class MemberService {

    /** A member as lists show it; {@code source} is {@code local} or {@code oidc}. */
    public record Member(String username, Role role, String source, Instant addedAt) {}

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,99}");
    static final int MIN_PASSWORD = 12;

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final PasswordEncoder passwords;

    MemberService(Accounts accounts, AccessTokens tokens, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
    }

    @Transactional(readOnly = true)
    public List<Member> list() {
        return accounts.members().stream()
                .map(m -> new Member(m.username(), m.role(), m.source(), m.addedAt()))
                .toList();
    }

    /** How many members the workspace has: with one, change sets apply without a second pair of eyes. */
    @Transactional(readOnly = true)
    public int count() {
        return accounts.memberCount();
    }

    /** The member's role now (a session's authorities may be older). */
    @Transactional(readOnly = true)
    public java.util.Optional<Role> roleOf(String username) {
        return accounts.roleOf(username);
    }

    /** Creates a local account with a password and makes it a member; an existing account just joins. */
    public Member add(String username, String password, Role role) {
        requireOwner();
        checkUsername(username);
        if (role == null) {
            throw new InvalidAccountInputException("A role is required: one of viewer, collaborator, approver, owner");
        }
        if (accounts.roleOf(username).isPresent()) {
            throw new MembershipConflictException(username + " is already a member");
        }
        if (accounts.find(username).isEmpty()) {
            checkPassword(password);
            accounts.insert(username, passwords.encode(password), "local");
        } else if (password != null && !password.isEmpty()) {
            checkPassword(password);
            accounts.setPassword(username, passwords.encode(password));
        }
        accounts.putMember(username, role);
        return member(username);
    }

    public Member changeRole(String username, Role role) {
        requireOwner();
        if (role == null) {
            throw new InvalidAccountInputException("A role is required: one of viewer, collaborator, approver, owner");
        }
        List<Accounts.Membership> members = accounts.membersForUpdate();
        Accounts.Membership current = find(members, username);
        if (current.role() == Role.OWNER && role != Role.OWNER) {
            requireAnotherOwner(members, username, "take owner away from");
        }
        accounts.putMember(username, role);
        return member(username);
    }

    /** Removes the member and revokes their tokens; the account stays, so history still names them. */
    public void remove(String username) {
        requireOwner();
        List<Accounts.Membership> members = accounts.membersForUpdate();
        Accounts.Membership current = find(members, username);
        if (current.role() == Role.OWNER) {
            requireAnotherOwner(members, username, "remove");
        }
        accounts.removeMember(username);
        tokens.revokeAllOf(username);
    }

    /** Adds an account signed in through OpenID Connect with the role its groups map to (or updates the role). */
    void joinFromIdentityProvider(String username, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.insert(username, null, "oidc");
        }
        accounts.putMember(username, role);
    }

    private Member member(String username) {
        return list().stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static Accounts.Membership find(List<Accounts.Membership> members, String username) {
        return members.stream()
                .filter(m -> m.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new UnknownMemberException(username));
    }

    private static void requireAnotherOwner(List<Accounts.Membership> members, String username, String what) {
        if (members.stream()
                .noneMatch(m -> m.role() == Role.OWNER && !m.username().equals(username))) {
            throw new MembershipConflictException(
                    "Cannot " + what + " " + username + ": a workspace needs at least one owner");
        }
    }

    static void requireOwner() {
        Actor actor = Actor.current();
        if (actor.viaToken()) {
            throw new AccessDeniedException("Members are managed by a signed-in owner, not with an access token");
        }
        if (!actor.has(Role.OWNER)) {
            throw new AccessDeniedException("Only an owner manages members");
        }
    }

    static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidAccountInputException(
                    "A username is 1 to 100 letters, digits or . _ @ + - and starts " + "with a letter or digit");
        }
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidAccountInputException("A password needs at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > 200) {
            throw new InvalidAccountInputException("A password has at most 200 characters");
        }
    }
}
