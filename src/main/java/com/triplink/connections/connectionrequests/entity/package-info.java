/**
 * Connection requests and their lifecycle: the states, the partner's answer codes and the rules
 * that move a request from one state to the next.
 */
package com.triplink.connections.connectionrequests.entity;
