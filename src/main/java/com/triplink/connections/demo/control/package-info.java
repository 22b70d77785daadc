/**
 * Demo data for the local run.
 */
package com.triplink.connections.demo.control;
