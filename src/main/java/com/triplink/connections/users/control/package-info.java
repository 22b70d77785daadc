/**
 * The user directory: lookups for connection requests, and the changes the identity provider
 * makes over SCIM, one by one or in bulk.
 */
package com.triplink.connections.users.control;
