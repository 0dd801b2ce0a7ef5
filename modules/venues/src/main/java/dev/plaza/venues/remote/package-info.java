/**
 * The venues' published reads ({@link dev.plaza.venues.Showtimes}) served over HTTP to the services
 * that do not hold them, and the client those services read them through
 * ({@link dev.plaza.venues.remote.RemoteVenues}).
 */
package dev.plaza.venues.remote;
