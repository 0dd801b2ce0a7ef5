package dev.plaza.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback", "10.1.2.3, private network",
			"172.16.0.1, private network", "172.31.255.254, private network", "192.168.1.1, private network",
			"169.254.169.254, link-local", "fe80::1, link-local", "fd12:3456::1, unique local", "0.0.0.0, unspecified",
			":: , unspecified", "0.1.2.3, this network", "100.64.0.1, carrier-grade NAT", "100.127.255.254, carrier-grade NAT",
			"224.0.0.1, multicast", "ff02::1, multicast", "255.255.255.255, reserved", "::ffff:192.168.0.9, private network",
			"::ffff:127.0.0.1, loopback" })
	void addressesOfPlazasOwnNetworkAreNotPublic(String address, String kind) throws UnknownHostException {
		assertThat(PublicAddresses.whyNotPublic(InetAddress.getByName(address))).hasValueSatisfying(
				reason -> assertThat(reason).contains(kind));
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2001:4860:4860::8888" })
	void internetAddressesArePublic(String address) throws UnknownHostException {
		assertThat(PublicAddresses.whyNotPublic(InetAddress.getByName(address))).isEmpty();
	}
}
