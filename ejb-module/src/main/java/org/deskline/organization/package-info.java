/**
 * Customers and who speaks for them: organizations, their projects (supported sites and systems), contacts,
 * and the API clients (customer ERP systems) that call the SOAP endpoints. Every API client belongs to exactly
 * one organization; everything it reads or writes is scoped to that organization.
 */
package org.deskline.organization;
