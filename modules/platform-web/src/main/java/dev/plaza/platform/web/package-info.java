/**
 * Problem details over HTTP: the answers of filters, security entry points and the servlet
 * container in the shape of the controllers' own, request body limits, and strict reading of JSON.
 * Its public types ({@link dev.plaza.platform.web.ProblemResponses},
 * {@link dev.plaza.platform.web.ProblemAuthenticationEntryPoint},
 * {@link dev.plaza.platform.web.RequestBodyLimitFilter},
 * {@link dev.plaza.platform.web.ProblemReportValve}) are shared with the modules and with the gateway,
 * which has no database and so does not scan this package: it builds the pieces it uses itself.
 */
@NamedInterface("web")
package dev.plaza.platform.web;

import org.springframework.modulith.NamedInterface;
