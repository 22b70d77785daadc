/**
 * Turns every failure under {@code /api} into one error body (code, message, error ID) in the
 * negotiated format, never the application server's HTML page.
 */
package com.triplink.connections.errors.boundary;
