package dev.fleetsim.models.billing;

/**
 * Usage of one kind in one hour, at On-Demand prices: what commitments may cover. For EC2 the
 * quantity is instance-hours of one instance type in one zone and purchase option; for other
 * services it is their own unit (the On-Demand dollars are what Savings Plans compare).
 *
 * @param service      {@code ec2}, {@code fargate}, {@code lambda}
 * @param option       {@code on-demand} or {@code spot} (Spot is never covered)
 * @param instanceType EC2 instance type, like {@code c6g.large}; the service's usage type otherwise
 * @param zone         0-based Availability Zone (EC2), or -1
 * @param quantity     instance-hours (EC2) or the service's unit
 * @param onDemandUsd  what the usage costs without commitments
 */
public record UsageLine(String service, String option, String instanceType, int zone, double quantity, double onDemandUsd) {

    /** The key that identifies lines of the same usage within an hour. */
    String key() {
        return service + "|" + option + "|" + instanceType + "|" + zone;
    }

    UsageLine plus(UsageLine o) {
        return new UsageLine(service, option, instanceType, zone, quantity + o.quantity, onDemandUsd + o.onDemandUsd);
    }

    /** EC2 instance family: {@code c6g} of {@code c6g.large}. */
    public String family() {
        int dot = instanceType.indexOf('.');
        return dot < 0 ? instanceType : instanceType.substring(0, dot);
    }

    /** EC2 size: {@code large} of {@code c6g.large}. */
    public String size() {
        int dot = instanceType.indexOf('.');
        return dot < 0 ? "" : instanceType.substring(dot + 1);
    }
}
