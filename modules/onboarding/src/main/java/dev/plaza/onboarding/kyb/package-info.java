/**
 * The KYB (know your business) provider as onboarding sees it: the port
 * ({@link dev.plaza.onboarding.kyb.KybProvider}, a {@code Business} in, a {@code Verdict} out) and its
 * adapter speaking the provider's gRPC contract ({@code plaza.kyb.v1}, kept in
 * {@code sims/kyb-provider/src/main/proto}), configured under {@code plaza.onboarding.kyb.*}. No gRPC or
 * protobuf type leaves this package.
 */
package dev.plaza.onboarding.kyb;
