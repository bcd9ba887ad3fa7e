package dev.gantry.api;

/**
 * Breaks the house rules on purpose, so that {@code ArchitectureTest} can show that its rules fail on such code:
 * an API class holding a Spring Data repository. Test source only; never loaded by Gantry.
 */
@SuppressWarnings("unused")
class HouseRuleBreaker {

    private org.springframework.data.repository.Repository<Object, Long> repository;
}
