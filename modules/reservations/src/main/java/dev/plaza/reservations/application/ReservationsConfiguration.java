package dev.plaza.reservations.application;

import dev.plaza.platform.PublicReads;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReservationsProperties.class)
class ReservationsConfiguration {

	/** Customers look at seat maps before they are anyone: on the storefront's domain, no token. */
	@Bean
	PublicReads seatMapsArePublic() {
		return PublicReads.of("/api/v1/showtimes/{showtime}/seats");
	}
}
