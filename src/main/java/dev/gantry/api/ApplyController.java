package dev.gantry.api;

import dev.gantry.action.ActionPlan;
import dev.gantry.action.ApplyRunView;
import dev.gantry.action.ApplyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Apply: the plan before, the run in the background, progress, and the levers on a stopped run. */
@RestController
@Tag(name = "Apply")
class ApplyController {

    private final ApplyService apply;
    private final ApplyProgressStreams progress;

    ApplyController(ApplyService apply, ApplyProgressStreams progress) {
        this.apply = apply;
        this.progress = progress;
    }

    @GetMapping("/api/change-sets/{id}/plan")
    @Operation(summary = "The actions applying this change set would run, in order, with the critical path")
    ActionPlan plan(@PathVariable String id) {
        return apply.plan(Ids.changeSet(id));
    }

    @PostMapping("/api/change-sets/{id}/apply")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Merge an approved change set into HEAD and run its actions in the background")
    ApplyRunView apply(@PathVariable String id) {
        return apply.apply(Ids.changeSet(id));
    }

    @GetMapping("/api/apply-runs")
    List<ApplyRunView> runs(@RequestParam(defaultValue = "20") int limit) {
        return apply.recentRuns(Math.clamp(limit, 1, 200));
    }

    @GetMapping("/api/apply-runs/{runId}")
    ApplyRunView run(@PathVariable UUID runId) {
        return apply.run(runId);
    }

    @GetMapping(path = "/api/apply-runs/{runId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Follow a run: one server-sent event per action state change")
    SseEmitter events(@PathVariable UUID runId) {
        apply.run(runId); // 404 for an unknown run, before the stream opens
        return progress.open(runId);
    }

    @PostMapping("/api/actions/{actionId}/retry")
    ApplyRunView retry(@PathVariable UUID actionId) {
        return apply.retry(actionId);
    }

    @PostMapping("/api/actions/{actionId}/hold")
    ApplyRunView hold(@PathVariable UUID actionId) {
        return apply.hold(actionId);
    }

    @PostMapping("/api/actions/{actionId}/release")
    ApplyRunView release(@PathVariable UUID actionId) {
        return apply.release(actionId);
    }

    @DeleteMapping("/api/actions/{actionId}")
    ApplyRunView remove(@PathVariable UUID actionId) {
        return apply.remove(actionId);
    }

    @PostMapping("/api/head/components/{id}/refresh")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Read a component's resource from the cloud again and record it on HEAD")
    ApplyRunView refresh(@PathVariable String id) {
        return apply.refresh(Ids.component(id));
    }
}
