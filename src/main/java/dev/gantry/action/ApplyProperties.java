package dev.gantry.action;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of apply ({@code gantry.apply.*}).
 *
 * @param parallelism how many cloud calls apply makes at once, over all running applies of this process
 */
@ConfigurationProperties("gantry.apply")
record ApplyProperties(@DefaultValue("10") int parallelism) {}
