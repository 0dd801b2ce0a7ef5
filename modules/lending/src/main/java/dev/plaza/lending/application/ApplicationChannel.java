package dev.plaza.lending.application;

/** Where an application was made, which decides the lenders it goes to. */
public enum ApplicationChannel {

	/** On a lender's own storefront domain, without a token: it goes to that lender only. */
	STOREFRONT("storefront"),

	/** Through the marketplace, with a {@code lending:write} token: it goes to every participating lender that fits. */
	MARKETPLACE("marketplace");

	private final String code;

	ApplicationChannel(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}
}
