/**
 * The user directory: the users that connection requests are created for.
 */
package com.triplink.connections.users.entity;
