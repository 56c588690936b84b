package dev.fleetsim.models.ec2;

/**
 * An EC2 instance type as the model needs it.
 *
 * @param name         e.g. {@code c6g.large}
 * @param vcpus        vCPUs
 * @param memoryGib    memory in GiB (informational: the model does not limit memory)
 * @param architecture {@code x86_64} or {@code arm64} (informational)
 * @param speed        per-vCPU throughput relative to m5 = 1.0; a request's service time on this
 *                     type is its demand divided by this
 * @param pricePerHour On-Demand USD per hour (us-east-1, Linux, unless overridden)
 * @param weight       capacity units one instance counts toward a group's desired capacity
 *                     (WeightedCapacity of a mixed instances policy, 1–999; 1 without weights)
 */
public record InstanceType(String name, int vcpus, double memoryGib, String architecture, double speed, double pricePerHour,
        int weight) {
    public InstanceType {
        if (vcpus < 1 || !(speed > 0) || !(pricePerHour >= 0) || weight < 1) {
            throw new IllegalArgumentException("invalid instance type " + name + ": vcpus=" + vcpus + ", speed=" + speed
                    + ", price=" + pricePerHour + ", weight=" + weight);
        }
    }

    /** A type counting one unit of capacity. */
    public InstanceType(String name, int vcpus, double memoryGib, String architecture, double speed, double pricePerHour) {
        this(name, vcpus, memoryGib, architecture, speed, pricePerHour, 1);
    }

    /** This type with its vCPUs, speed or price replaced where the argument is not null. */
    public InstanceType with(Integer newVcpus, Double newSpeed, Double newPrice) {
        return new InstanceType(name, newVcpus != null ? newVcpus : vcpus, memoryGib, architecture,
                newSpeed != null ? newSpeed : speed, newPrice != null ? newPrice : pricePerHour, weight);
    }

    /** This type counting {@code units} toward desired capacity. */
    public InstanceType withWeight(int units) {
        return new InstanceType(name, vcpus, memoryGib, architecture, speed, pricePerHour, units);
    }
}
