package dev.fleetsim.core.metrics;

/** The three states of a CloudWatch alarm (aws-behaviour.md §1.2). A new alarm starts in {@link #INSUFFICIENT_DATA}. */
public enum AlarmState {
    OK,
    ALARM,
    INSUFFICIENT_DATA
}
