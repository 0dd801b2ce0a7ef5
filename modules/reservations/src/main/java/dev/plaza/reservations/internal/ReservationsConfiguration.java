package dev.plaza.reservations.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReservationsProperties.class)
class ReservationsConfiguration {
}
