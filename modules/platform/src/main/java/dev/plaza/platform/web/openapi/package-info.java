/**
 * The published API description ({@code /v3/api-docs}, Swagger UI): derived from the controllers
 * themselves — their mappings, return types, {@code @PreAuthorize} scopes and the filters every
 * request passes — so that a new endpoint is described truthfully without extra work.
 */
package dev.plaza.platform.web.openapi;
