/**
 * The frame around every signed-in page: the tenant's brand, navigation built from the routes a
 * user may open, the language switch, and the page that tells users of unsupported browsers so.
 */
package org.billingcenter.shell;
