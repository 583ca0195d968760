/**
 * The admin JSON API: writing items and publishing issues. Guarded for now by one bearer token
 * (setting {@code hub.admin.token}); proper sign-in with editors' own accounts will replace it.
 */
package eu.hub.admin;
