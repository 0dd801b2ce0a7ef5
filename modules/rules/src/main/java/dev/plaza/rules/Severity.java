package dev.plaza.rules;

/** How much a failed rule weighs: an {@code error} refuses the input, a {@code warning} only tells. */
public enum Severity {
	ERROR, WARNING
}
