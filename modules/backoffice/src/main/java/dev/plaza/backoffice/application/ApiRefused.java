package dev.plaza.backoffice.application;

/**
 * Plaza's API refused what the person asked: {@code status} and the problem's {@code detail},
 * which says how to fix the request, to show on the page.
 */
public class ApiRefused extends RuntimeException {

	private final int status;

	ApiRefused(int status, String detail) {
		super(detail);
		this.status = status;
	}

	public int status() {
		return status;
	}
}
