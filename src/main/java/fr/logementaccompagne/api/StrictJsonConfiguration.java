package fr.logementaccompagne.api;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Strict JSON on {@code /api}, with the {@code spring.jackson} settings of application.yaml: a number or a
 * boolean where text is expected ({@code "householdReference": 12345}) is refused, not turned into text.
 * Jackson's {@code allow-coercion-of-scalars} covers the other direction only.
 */
@Configuration
public class StrictJsonConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noScalarToTextCoercion() {
    return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
