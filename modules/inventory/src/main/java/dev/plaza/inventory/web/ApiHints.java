package dev.plaza.inventory.web;

import dev.plaza.inventory.application.UnknownLocation;
import dev.plaza.platform.FieldError;
import dev.plaza.platform.Problem;

/**
 * What an API caller does about a stock refusal: the services say what is wrong, in words the back
 * office and importers can show as well, and the controllers add the HTTP call that fixes it with these.
 */
public final class ApiHints {

	private ApiHints() {
	}

	/** A refusal naming unknown locations, with how to create each; other refusals as they are. */
	static Problem of(Problem refused) {
		return refused.withFieldHints(error -> error.rule() instanceof UnknownLocation(var location)
				? new FieldError(error.field(), error.reason() + "; create it with PUT /api/v1/stock/locations/"
						+ location + " first", error.rule())
				: error);
	}
}
