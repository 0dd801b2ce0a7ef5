package dev.plaza.venues;

import java.util.Arrays;
import java.util.Optional;

/** The kind of screen and room, as the public sees it advertised. */
public enum RoomType {

	TWO_D("2D"), THREE_D("3D"), FOUR_D("4D"), IMAX("IMAX"), VIP("VIP");

	private final String code;

	RoomType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<RoomType> fromCode(String code) {
		return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
	}
}
