/**
 * The dev mailbox: with no SMTP server configured, the standalone app delivers its e-mail to an SMTP
 * server of its own and shows what arrived at {@code /dev/mail}.
 */
@ApplicationModule(allowedDependencies = "platform")
package dev.plaza.devmail;

import org.springframework.modulith.ApplicationModule;
