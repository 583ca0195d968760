/**
 * Editors' accounts, sign-in and the defences around it: users and roles ({@link
 * eu.hub.security.UserStore}), password rules and hashing, throttling of failed sign-ins, the
 * per-session CSRF token, security headers and the session's absolute lifetime, and the audit log.
 */
package eu.hub.security;
