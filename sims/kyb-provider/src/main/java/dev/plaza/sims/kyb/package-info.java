/**
 * A simulated KYB (know your business) provider ({@link dev.plaza.sims.kyb.KybProviderSimulator}): a
 * real gRPC server speaking the {@code plaza.kyb.v1.BusinessVerification} contract kept in this
 * module's {@code src/main/proto}, with configurable latency, transient and permanent failures,
 * duplicate answers and a per-client concurrency limit.
 */
package dev.plaza.sims.kyb;
