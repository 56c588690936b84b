/**
 * Experiments behind the kernel analysis in docs/performance.md, not part of fleetsim: a copy of
 * sim-core's event queue with proposed changes ({@link
 * dev.fleetsim.benchmarks.proposal.ProposedEventQueue}) and a cost ladder from the bare heap to the
 * kernel ({@link dev.fleetsim.benchmarks.proposal.LadderHeap}). Safe to delete once the
 * kernel question is settled.
 */
package dev.fleetsim.benchmarks.proposal;
