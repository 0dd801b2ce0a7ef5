/**
 * Media: uploaded images, their renditions (made in the background) and the stores keeping their
 * files, local or S3-compatible. An image belongs to its tenant and to no particular owner: a
 * product, a movie, a lending document or an avatar refers to it by its {@link dev.plaza.media.ImageId}
 * and links to its files through {@link dev.plaza.media.ImageLinks}.
 */
@ApplicationModule(allowedDependencies = "platform")
package dev.plaza.media;

import org.springframework.modulith.ApplicationModule;
