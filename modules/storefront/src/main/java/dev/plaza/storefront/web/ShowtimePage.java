package dev.plaza.storefront.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.plaza.platform.Problem;
import dev.plaza.reservations.SeatChoices;
import dev.plaza.reservations.SeatHold;
import dev.plaza.storefront.application.StorefrontProperties;
import dev.plaza.venues.ShowtimeId;
import dev.plaza.venues.ShowtimeListing;
import dev.plaza.venues.ShowtimeSeating;
import dev.plaza.venues.Showtimes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A showtime's page ({@code /showtimes/{id}}): the movie, room, time, prices per seat kind and a seat map whose
 * every seat is a labelled checkbox (keyboard and screen-reader operable without script). Choosing seats
 * ({@code POST /showtimes/{id}/seats}) holds them and puts the hold in the visitor's cart, whose page counts down
 * to the hold's expiry.
 */
@Controller
class ShowtimePage {

	/** Holds made on the storefront count against this client's caps and rate limits. */
	static final String CLIENT = "storefront";

	private final Showtimes showtimes;

	private final ObjectProvider<SeatChoices> choices;

	private final Selling selling;

	private final Visitors visitors;

	private final SellingPages pages;

	private final StorefrontProperties properties;

	private final ShowtimeStructuredData data;

	ShowtimePage(Showtimes showtimes, ObjectProvider<SeatChoices> choices, Selling selling, Visitors visitors,
			SellingPages pages, StorefrontProperties properties, ShowtimeStructuredData data) {
		this.showtimes = showtimes;
		this.choices = choices;
		this.selling = selling;
		this.visitors = visitors;
		this.pages = pages;
		this.properties = properties;
		this.data = data;
	}

	@GetMapping({ "/showtimes/{id}", "/t/{tenant}/showtimes/{id}" })
	ResponseEntity<String> showtime(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			HttpServletRequest request, HttpServletResponse response) {
		ShowtimeId showtime = CartPage.id(id).map(ShowtimeId::new).orElseThrow(PageNotFound::new);
		ShowtimeListing listing = showtimes.listings(List.of(showtime)).stream().findFirst().orElseThrow(PageNotFound::new);
		ShowtimeSeating seating = showtimes.seating(showtime).orElseThrow(PageNotFound::new);
		Set<String> unavailable = seatChoices().unavailable(showtime);
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(properties.locale())
			.format(listing.startsAt().atZone(listing.city().timeZone()));
		String title = listing.movie().title() + " at " + listing.cinema().name() + ", " + when;
		Map<String, Object> variables = new HashMap<>();
		variables.put("site", site);
		String url = site.url("/showtimes/" + showtime);
		variables.put("head", new Head(title + " | " + site.name(), "Choose your seats for " + listing.movie().title()
				+ " at " + listing.cinema().name() + " in " + listing.city().name() + ", " + when + ".", url, "website",
				null, data.of(listing, url, site.url("/" + listing.city().slug() + "/" + listing.movie().slug()))));
		variables.put("listing", listing);
		variables.put("when", when);
		variables.put("startsAt", listing.startsAt().atZone(listing.city().timeZone()).toOffsetDateTime().toString());
		variables.put("movieLink", site.link("/" + listing.city().slug() + "/" + listing.movie().slug()));
		variables.put("map", ShowtimeSeatMap.of(seating.seats(), unavailable, listing.prices()));
		variables.put("csrf", visitors.csrfToken(visitors.visitor(site, request, response)));
		return pages.page(HttpStatus.OK, "showtime/showtime", variables);
	}

	@PostMapping({ "/showtimes/{id}/seats", "/t/{tenant}/showtimes/{id}/seats" })
	ResponseEntity<String> choose(@RequestAttribute(Site.ATTRIBUTE) Site site, @PathVariable String id,
			HttpServletRequest request, HttpServletResponse response,
			@RequestParam(name = Visitors.CSRF_FIELD, required = false) String csrf,
			@RequestParam(name = "seat", required = false) List<String> seats) {
		if (!visitors.formIsGenuine(request, csrf)) {
			return pages.formExpired(site);
		}
		ShowtimeId showtime = CartPage.id(id).map(ShowtimeId::new).orElseThrow(PageNotFound::new);
		String back = site.link("/showtimes/" + showtime);
		if (seats == null || seats.isEmpty()) {
			return pages.message(site, HttpStatus.BAD_REQUEST, "No seats chosen",
					"Choose at least one available seat on the seat map, then hold them.", back, "Back to the seat map");
		}
		String visitor = visitors.visitor(site, request, response);
		try {
			SeatHold hold = seatChoices().hold(showtime, seats, CartPage.customer(visitors, visitor), CLIENT,
					request.getRemoteAddr());
			UUID cart = CartPage.cartOf(site, visitor, request, response, visitors, selling);
			selling.carts().addSeats(cart, hold.id());
		}
		catch (Problem refused) {
			return pages.problem(site, refused, back, "Back to the seat map");
		}
		return CartPage.seeOther(site.link("/cart"));
	}

	private SeatChoices seatChoices() {
		SeatChoices found = choices.getIfAvailable();
		if (found == null) {
			throw new PageNotFound();
		}
		return found;
	}
}
