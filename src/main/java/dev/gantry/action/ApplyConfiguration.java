package dev.gantry.action;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Wires the engine: one per process, bounded by {@code gantry.apply.parallelism}, resumed once the app is up. */
@Configuration(proxyBeanMethods = false)
class ApplyConfiguration {

    @Bean(destroyMethod = "close")
    ApplyEngine applyEngine(
            ActionStore store,
            List<ResourceProvider> providers,
            HeadWorkspace workspace,
            ReplacementRule replacement,
            ApplicationEventPublisher events,
            ApplyProperties properties) {
        return new ApplyEngine(
                store, new ActionExecutor(providers, workspace, replacement), events, properties.parallelism());
    }

    @Bean
    ApplyRuns applyRuns(ActionStore store, ApplyEngine engine) {
        return new ApplyRuns(store, engine);
    }

    @Bean
    ResumeUnfinishedApplies resumeUnfinishedApplies(ApplyEngine engine) {
        return new ResumeUnfinishedApplies(engine);
    }

    /** A crash or restart left actions unfinished: pick them up once everything else has started. */
    record ResumeUnfinishedApplies(ApplyEngine engine) {
        @EventListener(ApplicationReadyEvent.class)
        public void resume() {
            engine.resume();
        }
    }
}
