package dev.plaza.onboarding.domain;

/**
 * One business as an upload carries it.
 *
 * @param line the line of the file it starts on (a CSV's header is line 1)
 */
public record Row(int line, Business business) {
}
