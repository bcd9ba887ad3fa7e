package dev.gantry.api;

import dev.gantry.security.MemberService;
import dev.gantry.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's members and their roles; owners change them. */
@RestController
@Tag(name = "Members")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping("/api/members")
    List<MemberService.Member> list() {
        return members.list();
    }

    @PostMapping("/api/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a local account with a password and a role in this workspace (owners)")
    MemberService.Member add(@RequestBody ApiRequests.NewMember request) {
        return members.add(request.username(), request.password(), Role.parse(request.role()));
    }

    @PutMapping("/api/members/{username}/role")
    @Operation(summary = "Change a member's role (owners); the workspace keeps at least one owner")
    MemberService.Member changeRole(@PathVariable String username, @RequestBody ApiRequests.MemberRole request) {
        return members.changeRole(username, Role.parse(request.role()));
    }

    @DeleteMapping("/api/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member (owners): their sessions end and their tokens are revoked")
    void remove(@PathVariable String username) {
        members.remove(username);
    }
}
