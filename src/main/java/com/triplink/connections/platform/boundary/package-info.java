/**
 * What every part of the API shares: the JAX-RS application and its security, the roles, the
 * JSON settings and the filters that normalise incoming requests.
 */
package com.triplink.connections.platform.boundary;
