/**
 * What every part of the service shares: its clock, its database and its start.
 */
package com.triplink.connections.platform.control;
