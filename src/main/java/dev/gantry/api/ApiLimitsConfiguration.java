package dev.gantry.api;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The limits at the API's edge: how large a request body may be, how deep and long the JSON in it, and problem
 * bodies for the errors Tomcat answers itself.
 */
@Configuration(proxyBeanMethods = false)
class ApiLimitsConfiguration {

    /** Deeper than any CloudFormation property (policy documents nest a handful of levels). */
    static final int MAX_NESTING_DEPTH = 64;

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ApiProperties properties) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(properties.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Spring Boot's JSON mapper builder (every customizer still applies) on a JSON factory with bounded reads: a
     * 10,000-deep array or a megabyte of digits is refused while parsing, before it costs memory or time.
     */
    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(
            ObjectProvider<JsonMapperBuilderCustomizer> customizers, ApiProperties properties) {
        DataSize maxRequestSize = properties.maxRequestSize();
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(maxRequestSize.toBytes())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxRequestSize.toBytes()))
                .maxNameLength(1024)
                .maxNumberLength(400)
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(limits).build());
        // A name given as 5 or true is a mistake to report, not a rename to "5" or "true".
        builder.withCoercionConfig(
                LogicalType.Textual,
                text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }
}
