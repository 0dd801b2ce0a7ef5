/**
 * Notifications' {@link dev.plaza.notifications.Emails} served over HTTP to the services that do not
 * hold notifications, and the client those services send e-mail through
 * ({@link dev.plaza.notifications.remote.RemoteNotifications}).
 */
package dev.plaza.notifications.remote;
