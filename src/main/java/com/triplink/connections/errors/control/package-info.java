/**
 * The failures control code reports, independent of HTTP.
 */
package com.triplink.connections.errors.control;
