package dev.gantry.api;

import dev.gantry.security.TokenService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Your personal access tokens, for {@code Authorization: Bearer …}. */
@RestController
@Tag(name = "Access tokens")
class TokenController {

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/tokens")
    List<TokenService.TokenView> mine() {
        return tokens.mine();
    }

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token acting as you; the answer is the only time it is shown")
    TokenService.NewToken create(@RequestBody ApiRequests.NewToken request) {
        return tokens.create(request.name());
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        tokens.revoke(id);
    }
}
