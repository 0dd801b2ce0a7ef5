package dev.plaza.ledger.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Flag sets as stored (a bit mask) and as spoken in the API (snake_case names). */
public final class Flags {

	private Flags() {
	}

	public static <E extends Enum<E>> int bits(Set<E> flags, ToIntFunction<E> bit) {
		int bits = 0;
		for (E flag : flags) {
			bits |= bit.applyAsInt(flag);
		}
		return bits;
	}

	public static <E extends Enum<E>> Set<E> fromBits(int bits, Class<E> type, ToIntFunction<E> bit) {
		Set<E> flags = EnumSet.noneOf(type);
		for (E flag : type.getEnumConstants()) {
			if ((bits & bit.applyAsInt(flag)) != 0) {
				flags.add(flag);
			}
		}
		return flags;
	}

	public static Optional<AccountFlag> accountFlag(String code) {
		for (AccountFlag flag : AccountFlag.values()) {
			if (flag.code().equals(code)) {
				return Optional.of(flag);
			}
		}
		return Optional.empty();
	}

	public static Optional<TransferFlag> transferFlag(String code) {
		for (TransferFlag flag : TransferFlag.values()) {
			if (flag.code().equals(code)) {
				return Optional.of(flag);
			}
		}
		return Optional.empty();
	}
}
