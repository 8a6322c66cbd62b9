/**
 * Sign-in, sign-out and access rules: Spring Security with Vaadin's configurer, Argon2id password
 * hashes, a per-account and per-address slow-down of repeated failed sign-ins, and method
 * security so that services enforce roles whoever calls them.
 */
package org.billingcenter.security;
