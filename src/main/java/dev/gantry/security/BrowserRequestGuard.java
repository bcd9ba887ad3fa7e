package dev.gantry.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What keeps another web site from using a signed-in browser against the API (cross-site request forgery):
 * <ul>
 *   <li>a mutation whose {@code Origin} is neither Gantry's own nor configured is refused (403), whatever it
 *       authenticates with;</li>
 *   <li>a mutation that would be authenticated by the session cookie (no {@code Authorization} header) must come
 *       from Gantry's own pages: same {@code Origin}, or {@code Sec-Fetch-Site: same-origin};</li>
 *   <li>mutations take JSON only (415 otherwise): an HTML form cannot send it, and a script on another site
 *       cannot send it without a CORS preflight, which Gantry does not grant.</li>
 * </ul>
 * Basic and Bearer calls from tools (curl, CI) send no {@code Origin} and pass.
 */
class BrowserRequestGuard extends OncePerRequestFilter {

    private static final Set<String> MUTATIONS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ProblemResponses problems;
    private final List<String> allowedOrigins;

    BrowserRequestGuard(ProblemResponses problems, List<String> allowedOrigins) {
        this.problems = problems;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!MUTATIONS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        boolean sameOrigin =
                origin != null && (origin.equalsIgnoreCase(ownOrigin(request)) || allowedOrigins.contains(origin));
        if (origin != null && !sameOrigin) {
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "cross-origin",
                    "Cross-origin request refused",
                    "Requests from " + origin + " may not change anything here");
            return;
        }
        boolean cookieOnly = request.getHeader("Authorization") == null && request.getCookies() != null;
        if (cookieOnly && !sameOrigin && !"same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            problems.write(
                    response,
                    HttpStatus.FORBIDDEN,
                    "cross-origin",
                    "Cross-origin request refused",
                    "A change authenticated by the session cookie must come from Gantry's own pages");
            return;
        }
        if (!jsonOrEmpty(request)) {
            problems.write(
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "JSON only",
                    "Changes are sent as application/json, not "
                            + (request.getContentType() == null ? "without a Content-Type" : request.getContentType()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** DELETE may come without a body; everything else that changes something says it is JSON. */
    private static boolean jsonOrEmpty(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return "DELETE".equals(request.getMethod()) && request.getContentLengthLong() <= 0;
        }
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return URI.create(request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port))
                .toString();
    }
}
