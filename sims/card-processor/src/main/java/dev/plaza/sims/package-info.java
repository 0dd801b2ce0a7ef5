/**
 * Simulated third parties: real servers speaking an outside party's protocol, which the standalone
 * app starts in place of the real party when none is configured, and which tests drive. Not part of
 * Plaza's domain; open, so the app may use any of them.
 */
@ApplicationModule(displayName = "Simulated third parties", type = ApplicationModule.Type.OPEN)
package dev.plaza.sims;

import org.springframework.modulith.ApplicationModule;
