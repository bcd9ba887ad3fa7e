package dev.gantry.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Local accounts for form sign-in and HTTP Basic. An account without a membership is disabled (its member was
 * removed); one within its back-off period after failed sign-ins is locked.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Accounts.Account account = accounts.find(username)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account " + username));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now());
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(
                        account.role() == null
                                ? List.of()
                                : List.of(new SimpleGrantedAuthority(
                                        account.role().authority())))
                .disabled(account.role() == null)
                .accountLocked(locked)
                .build();
    }
}
