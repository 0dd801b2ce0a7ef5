package dev.plaza.sims.cardprocessor;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The processor's JSON shapes, named and laid out as Stripe's. */
final class Wire {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Wire() {
	}

	static ObjectNode charge(Charge charge) {
		ObjectNode node = JSON.createObjectNode()
			.put("id", charge.id())
			.put("object", "charge")
			.put("amount", charge.amount())
			.put("amount_refunded", charge.amountRefunded())
			.put("currency", charge.currency())
			.put("status", charge.status().code())
			.put("paid", charge.status() == Charge.Status.SUCCEEDED)
			.put("refunded", charge.amountRefunded() > 0 && charge.amountRefunded() == charge.amount())
			.put("payment_method", charge.paymentMethod())
			.put("failure_code", charge.failureCode())
			.put("decline_code", charge.declineCode())
			.put("created", charge.created());
		ObjectNode metadata = node.putObject("metadata");
		charge.metadata().forEach(metadata::put);
		return node;
	}

	static ObjectNode refund(Refund refund) {
		return JSON.createObjectNode()
			.put("id", refund.id())
			.put("object", "refund")
			.put("amount", refund.amount())
			.put("charge", refund.chargeId())
			.put("currency", refund.currency())
			.put("status", "succeeded")
			.put("created", refund.created());
	}

	static ObjectNode list(List<Charge> charges) {
		ObjectNode list = JSON.createObjectNode().put("object", "list").put("has_more", false);
		ArrayNode data = list.putArray("data");
		charges.forEach(charge -> data.add(charge(charge)));
		return list;
	}

	static ObjectNode error(ApiError error) {
		ObjectNode body = JSON.createObjectNode();
		body.putObject("error")
			.put("type", error.type)
			.put("code", error.code)
			.put("message", error.getMessage())
			.put("param", error.param)
			.put("decline_code", error.declineCode)
			.put("charge", error.chargeId);
		return body;
	}

	static ObjectNode event(String id, String type, long created, Charge charge) {
		ObjectNode event = JSON.createObjectNode().put("id", id).put("object", "event").put("type", type).put("created", created);
		event.putObject("data").set("object", charge(charge));
		return event;
	}

	static byte[] bytes(ObjectNode node) {
		return JSON.writeValueAsBytes(node);
	}
}
