/**
 * Plaza's gateway: routes {@code /api/v1/**} and {@code /oauth2/**} to the services that own them, refuses
 * requests without a valid access token before they reach a service, limits rates and body sizes, and
 * answers every failure of its own as Plaza's problem details.
 */
package dev.plaza.gateway;
