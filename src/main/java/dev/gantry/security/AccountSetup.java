package dev.gantry.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first account. Until one exists the browser shows "create the owner account" (as Grafana and Jenkins do);
 * for automation, {@code gantry.security.bootstrap-user}/{@code -password} create that owner at start.
 */
@Service
public class AccountSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SecuritySettings settings;

    AccountSetup(Accounts accounts, PasswordEncoder passwords, SecuritySettings settings) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
    }

    /** True until the first account exists; the sign-in page then offers to create the owner instead. */
    @Transactional(readOnly = true)
    public boolean ownerMissing() {
        return !accounts.any();
    }

    /** Creates the owner, only while no account exists (a second visitor gets a refusal, not a second owner). */
    @Transactional
    public void createOwner(String username, String password) {
        MemberService.checkUsername(username);
        MemberService.checkPassword(password);
        accounts.lockForFirstOwner();
        if (accounts.any()) {
            throw new MembershipConflictException("The owner account exists already; sign in instead");
        }
        accounts.insert(username, passwords.encode(password), "local");
        accounts.putMember(username, Role.OWNER);
        log.info("Created the owner account {}", username);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String user = settings.bootstrapUser();
        if (user == null || user.isBlank()) {
            if (ownerMissing()) {
                log.info("No account yet: open Gantry in a browser to create the owner account");
            }
            return;
        }
        if (settings.bootstrapPassword() == null || settings.bootstrapPassword().isEmpty()) {
            throw new IllegalStateException("gantry.security.bootstrap-user is set but "
                    + "gantry.security.bootstrap-password (GANTRY_SECURITY_BOOTSTRAP_PASSWORD) is not");
        }
        accounts.lockForFirstOwner();
        if (!accounts.any()) {
            createOwner(user.strip(), settings.bootstrapPassword());
        }
    }
}
