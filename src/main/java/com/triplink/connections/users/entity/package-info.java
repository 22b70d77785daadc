/**
 * The user directory: the users that connection requests are created for, as the deploying
 * company's identity provider provisions them.
 */
package com.triplink.connections.users.entity;
