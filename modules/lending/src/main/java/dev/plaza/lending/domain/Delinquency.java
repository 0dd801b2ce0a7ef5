package dev.plaza.lending.domain;

import java.util.Arrays;

/**
 * When a close of business tells that a loan became delinquent: it entered a worse arrears bucket
 * than the one it was in the day before (from {@code current} to {@code 1-30}, or from {@code 1-30}
 * to {@code 31-60}, and so on). A loan that stays in its bucket, or is cured into a better one, is
 * not news.
 */
public final class Delinquency {

	private Delinquency() {
	}

	/** Whether a loan that was in the bucket {@code was} and now is in {@code now} (their codes) became delinquent. */
	public static boolean entered(String was, String now) {
		return bucket(now).compareTo(bucket(was)) > 0;
	}

	static ArrearsBucket bucket(String code) {
		return Arrays.stream(ArrearsBucket.values())
			.filter(bucket -> bucket.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no arrears bucket is called " + code));
	}
}
