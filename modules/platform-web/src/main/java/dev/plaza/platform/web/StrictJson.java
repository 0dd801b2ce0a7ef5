package dev.plaza.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * Every JSON body is read as written, never adjusted to fit: {@code 2.99} is no whole number,
 * {@code "1250"} no number, {@code true} or {@code 12} no string, {@code 1} no enum constant,
 * {@code 1700000000} no instant, and text holds no NUL character. Such a body is refused with 400
 * {@code validation} naming the field (see {@link ApiExceptionHandler}) instead of silently
 * changing a value.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer noCoercion() {
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Integer, whole -> whole.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual, text -> {
				text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
				text.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
				text.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
			})
			.addModule(new TextWithoutNul())
			.addModule(new TimesAsText());
	}
}
