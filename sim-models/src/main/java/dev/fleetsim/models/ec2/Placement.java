package dev.fleetsim.models.ec2;

import dev.fleetsim.models.spot.SpotPool;

/**
 * Where a new instance goes: its Availability Zone, its type, and its Spot pool (null for
 * On-Demand).
 */
record Placement(int zone, InstanceType type, SpotPool spotPool) {}
