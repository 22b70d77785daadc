/**
 * The HTTP face of connection requests: the version 3.0 resource, its XML and JSON
 * representations and the lenient reading of partners' status bodies.
 */
package com.triplink.connections.connectionrequests.boundary;
