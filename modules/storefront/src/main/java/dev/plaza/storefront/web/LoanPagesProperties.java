package dev.plaza.storefront.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The loan pages' settings ({@code plaza.storefront.loans.*}).
 *
 * @param linkKey the key that signs applicants' links to their applications; empty by default, which draws a random
 *     key at each start (links given before a restart then stop working: set one in production)
 */
@ConfigurationProperties("plaza.storefront.loans")
record LoanPagesProperties(@DefaultValue("") String linkKey) {
}
