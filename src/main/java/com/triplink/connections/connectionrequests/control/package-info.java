/**
 * The lifecycle of connection requests: listing, delivery to partners, their answers, creation
 * on behalf of users and deletion, always within the configured supplier.
 */
package com.triplink.connections.connectionrequests.control;
