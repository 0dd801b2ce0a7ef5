package dev.plaza.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits.
 *
 * @param maxRequestBody largest request body accepted; larger ones are refused with 413 before
 * they are read
 */
@ConfigurationProperties("plaza.http")
record HttpProperties(@DefaultValue("4MB") DataSize maxRequestBody) {
}
