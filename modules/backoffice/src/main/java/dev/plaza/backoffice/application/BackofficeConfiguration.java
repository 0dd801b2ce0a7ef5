package dev.plaza.backoffice.application;

import dev.plaza.backoffice.BackofficeProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackofficeProperties.class)
class BackofficeConfiguration {
}
