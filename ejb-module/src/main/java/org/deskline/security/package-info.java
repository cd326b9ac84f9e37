/**
 * Who may call: API clients (customer systems, HTTP Basic on the SOAP endpoints, group {@code api-client}) and
 * staff users (console form login, group per role). Secrets are stored only as PBKDF2 hashes; the first
 * administrator comes from configuration.
 */
package org.deskline.security;
