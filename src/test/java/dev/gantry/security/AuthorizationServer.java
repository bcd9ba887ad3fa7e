package dev.gantry.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server on an embedded Tomcat at a random port on
 * 127.0.0.1, in an application context of its own, so nothing of it reaches Gantry's contexts. Its users sign in
 * on its own login page; their ID tokens carry {@code preferred_username} and a {@code groups} claim, as
 * Keycloak's group-membership mapper writes it. The browser reaches Gantry at {@code localhost} and this server
 * at {@code 127.0.0.1}: two hosts, so their session cookies do not overwrite each other.
 */
final class AuthorizationServer implements AutoCloseable {

    /** A user of the identity provider and the groups it says they are in. */
    record Account(String username, String password, List<String> groups) {}

    /** The one client: Gantry, with a secret, allowed to redirect back to {@code redirectUri} only. */
    record Client(String id, String secret, String redirectUri) {}

    private static final String GROUP = "GROUP_";

    private final AnnotationConfigServletWebServerApplicationContext context;

    private AuthorizationServer(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
    }

    static AuthorizationServer start(Client client, List<Account> accounts) {
        var context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(RegisteredClientRepository.class, () -> clients(client));
        context.registerBean(UserDetailsService.class, () -> users(accounts));
        context.register(Endpoints.class);
        context.refresh();
        return new AuthorizationServer(context);
    }

    /** The issuer, as discovery answers it and as the tokens name it. */
    String issuer() {
        return "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }

    private static RegisteredClientRepository clients(Client client) {
        return new InMemoryRegisteredClientRepository(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(client.id())
                        .clientSecret("{noop}" + client.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(client.redirectUri())
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder()
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
    }

    private static UserDetailsService users(List<Account> accounts) {
        return new InMemoryUserDetailsManager(accounts.stream()
                .map(a -> User.withUsername(a.username())
                        .password("{noop}" + a.password())
                        .authorities(a.groups().stream().map(g -> GROUP + g).toArray(String[]::new))
                        .build())
                .toList());
    }

    /** A test configuration, so that Gantry's test contexts, which scan this package, leave it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Endpoints {

        private final KeyPair signingKey = rsaKeyPair();

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setAddress(InetAddress.getLoopbackAddress());
            tomcat.setRegisterDefaultServlet(true); // requests reach the security filters through a servlet
            return tomcat;
        }

        @Bean
        DelegatingFilterProxyRegistrationBean securityFilter() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        /** Discovery, authorization, token, JWKS and user-info endpoints; browsers are sent to the login page. */
        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                    .oauth2ResourceServer(tokens -> tokens.jwt(Customizer.withDefaults())) // user-info's bearer
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** The provider's own login page. */
        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        /**
         * Gantry's contexts in this JVM replace the global holder strategy with Vaadin's; the provider's endpoint
         * filters read that global holder, so its own filters must read and write whichever holder is global now.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.clearContext();
                }

                @Override
                public org.springframework.security.core.context.SecurityContext getContext() {
                    return SecurityContextHolder.getContext();
                }

                @Override
                public void setContext(org.springframework.security.core.context.SecurityContext context) {
                    SecurityContextHolder.setContext(context);
                }

                @Override
                public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                    return SecurityContextHolder.createEmptyContext();
                }
            };
        }

        /** What Keycloak's mappers add: the user's name and groups in the ID token. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
            return token -> {
                if (OidcParameterNames.ID_TOKEN.equals(token.getTokenType().getValue())) {
                    token.getClaims()
                            .claim("preferred_username", token.getPrincipal().getName());
                    token.getClaims()
                            .claim(
                                    "groups",
                                    token.getPrincipal().getAuthorities().stream()
                                            .map(GrantedAuthority::getAuthority)
                                            .filter(a -> a.startsWith(GROUP))
                                            .map(a -> a.substring(GROUP.length()))
                                            .toList());
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKey.getPublic())
                    .privateKey((RSAPrivateKey) signingKey.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokens() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKey.getPublic())
                    .build();
        }

        /** No fixed issuer: each request's own URL names it, so the random port needs no configuring. */
        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        private static KeyPair rsaKeyPair() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
