package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.ec2.InstanceCatalog;
import java.util.Optional;

/**
 * One instance type of an {@code ec2-asg} group: a name from the built-in catalog
 * ({@code dev/fleetsim/models/ec2/instance-types.csv}), optionally with some of its numbers
 * overridden, or a custom name with all of {@code vcpus}, {@code speed} and
 * {@code price_per_hour} given.
 *
 * @param type         instance type name, e.g. {@code c6g.large}
 * @param vcpus        vCPUs; overrides the catalog
 * @param speed        per-vCPU speed relative to m5 (1.0); service time = demand / speed
 * @param pricePerHour On-Demand price in USD per hour; overrides the catalog (us-east-1 Linux)
 * @param weight       WeightedCapacity: capacity units an instance of this type counts (1–999);
 *                     given for one type of a group, it must be given for all
 */
public record Ec2InstanceTypeSpec(
        @Required @JsonPropertyDescription("Instance type name from the catalog, e.g. c6g.large.") String type,
        @JsonPropertyDescription("vCPUs (default: the catalog's).") Integer vcpus,
        @JsonPropertyDescription("Per-vCPU speed relative to m5 = 1.0; service time = demand / speed (default: the catalog's).")
                Double speed,
        @JsonPropertyDescription("On-Demand price in USD per hour (default: the catalog's, us-east-1 Linux).")
                Double pricePerHour,
        @JsonPropertyDescription("WeightedCapacity: capacity units one instance counts toward desired capacity, 1 to 999 (default: 1, unweighted); all types of a group or none.")
                Integer weight) {

    /** AWS's WeightedCapacity range. */
    public static final int MAX_WEIGHT = 999;

    public Ec2InstanceTypeSpec(String type, Integer vcpus, Double speed, Double pricePerHour) {
        this(type, vcpus, speed, pricePerHour, null);
    }

    public void validate(String path, Findings f) {
        if (!f.present(type, path + ".type", "an instance type name, like c6g.large")) {
            return;
        }
        InstanceCatalog catalog = InstanceCatalog.builtIn();
        if (catalog.find(type).isEmpty() && (vcpus == null || speed == null || pricePerHour == null)) {
            String hint = Suggestions.closest(type, catalog.names());
            f.add(path + ".type", "expected an instance type from the catalog"
                    + (hint != null ? " (did you mean '" + hint + "'?)" : " (" + catalog.families() + ")")
                    + ", or vcpus, speed and price_per_hour for a custom type, found '" + type + "'");
        }
        if (vcpus != null) {
            f.require(vcpus >= 1 && vcpus <= 448, path + ".vcpus", "expected 1 to 448 vCPUs, found " + vcpus);
        }
        if (speed != null) {
            f.require(speed > 0 && Double.isFinite(speed), path + ".speed", "expected a speed > 0 (m5 = 1.0), found " + speed);
        }
        if (pricePerHour != null) {
            f.require(pricePerHour >= 0 && Double.isFinite(pricePerHour), path + ".price_per_hour",
                    "expected a price >= 0 in USD per hour, found " + pricePerHour);
        }
        if (weight != null) {
            f.require(weight >= 1 && weight <= MAX_WEIGHT, path + ".weight",
                    "expected an integer from 1 to " + MAX_WEIGHT + ", found " + weight);
        }
    }

    /** The catalog entry this spec names, if any. */
    public Optional<dev.fleetsim.models.ec2.InstanceType> catalogEntry() {
        return type == null ? Optional.empty() : InstanceCatalog.builtIn().find(type);
    }
}
