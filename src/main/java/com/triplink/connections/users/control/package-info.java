/**
 * Looks users up in the directory.
 */
package com.triplink.connections.users.control;
