package dev.plaza.products.web;

import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;
import dev.plaza.products.application.UnknownImage;

/**
 * What an API caller does about a product refusal: the catalog says what is wrong, in words the back
 * office and importers can show as well, and the controller adds the HTTP call that fixes it.
 */
final class ApiHints {

	private ApiHints() {
	}

	/** A refusal naming images the tenant does not have, with how to upload one; other refusals as they are. */
	static Problem of(Problem refused) {
		return refused.withFieldHints(error -> error.rule() instanceof UnknownImage
				? new FieldError(error.field(), error.reason() + "; upload it with POST /api/v1/catalog/images first, or fix the id",
						error.rule())
				: error);
	}
}
