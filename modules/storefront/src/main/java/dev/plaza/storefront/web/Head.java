package dev.plaza.storefront.web;

/**
 * What a page tells in its {@code <head>}: for the tab, for search engines (description, canonical
 * URL, structured data) and for link previews (Open Graph).
 *
 * @param image an absolute image URL for previews, or null
 * @param structuredData JSON-LD, already escaped for a {@code <script>} element
 */
record Head(String title, String description, String canonical, String type, String image, String structuredData) {
}
