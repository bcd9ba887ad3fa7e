package dev.gantry.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the REST API ({@code gantry.api.*}).
 *
 * @param maxRequestSize the largest request body accepted, and the longest JSON document or string read
 */
@ConfigurationProperties("gantry.api")
record ApiProperties(@DefaultValue("1MB") DataSize maxRequestSize) {}
