package dev.gantry.action;

import dev.gantry.changeset.GantryInstance;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Wires the engine: one per process, bounded by {@code gantry.apply.parallelism}, holding leases as this
 * {@link GantryInstance}, resumed once the app is up.
 */
@Configuration(proxyBeanMethods = false)
class ApplyConfiguration {

    @Bean(destroyMethod = "close")
    ApplyEngine applyEngine(
            ActionStore store,
            List<ResourceProvider> providers,
            HeadWorkspace workspace,
            ReplacementRule replacement,
            ApplicationEventPublisher events,
            ApplyProperties properties,
            LeaseStore leases,
            GantryInstance instance) {
        return new ApplyEngine(
                store,
                new ActionExecutor(providers, workspace, replacement),
                events,
                properties,
                new ActionLeases(leases, instance, properties.leaseTimeout()));
    }

    @Bean
    ApplyRuns applyRuns(ActionStore store, ApplyEngine engine) {
        return new ApplyRuns(store, engine);
    }

    /**
     * Without {@code spring.datasource.url} the database is the embedded one, whose data directory this process
     * has locked: no other instance can share it (the condition the database module starts it under).
     */
    @Bean
    ResumeUnfinishedApplies resumeUnfinishedApplies(
            ApplyEngine engine, @Value("${spring.datasource.url:}") String datasourceUrl) {
        return new ResumeUnfinishedApplies(engine, datasourceUrl.isBlank());
    }

    /** A crash or restart left actions unfinished: pick them up once everything else has started. */
    record ResumeUnfinishedApplies(ApplyEngine engine, boolean exclusiveDatabase) {
        @EventListener(ApplicationReadyEvent.class)
        public void resume() {
            engine.resume(exclusiveDatabase);
        }
    }
}
