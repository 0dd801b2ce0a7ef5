/**
 * The credit bureau adapter: the port decisions call and the SOAP client behind it, the only code
 * that knows the bureau's protocol.
 */
package dev.plaza.lending.bureau;
