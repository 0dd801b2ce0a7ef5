package dev.plaza.lending.domain;

/** How late a loan is, by the days its oldest unpaid installment is past due. */
public enum ArrearsBucket {

	CURRENT("current", 0), DAYS_1_30("1-30", 30), DAYS_31_60("31-60", 60), DAYS_61_90("61-90", 90),
	OVER_90("90+", Integer.MAX_VALUE);

	private final String code;

	private final int upToDays;

	ArrearsBucket(String code, int upToDays) {
		this.code = code;
		this.upToDays = upToDays;
	}

	public String code() {
		return code;
	}

	public static ArrearsBucket of(int daysPastDue) {
		if (daysPastDue < 0) {
			throw new IllegalArgumentException("days past due are not negative: " + daysPastDue);
		}
		for (ArrearsBucket bucket : values()) {
			if (daysPastDue <= bucket.upToDays) {
				return bucket;
			}
		}
		throw new AssertionError("90+ takes every count");
	}
}
