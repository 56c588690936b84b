package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Set;

/**
 * A commitment that lowers the bill of eligible usage, hour by hour: a Reserved Instance or a
 * Savings Plan. Documented in docs/scenario-reference.md (Commitments); the rules in
 * docs/models.md (Commitments).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CommitmentSpec.ReservedInstance.class, name = "reserved-instance"),
    @JsonSubTypes.Type(value = CommitmentSpec.Ec2InstanceSavingsPlan.class, name = "ec2-instance-savings-plan"),
    @JsonSubTypes.Type(value = CommitmentSpec.ComputeSavingsPlan.class, name = "compute-savings-plan")
})
public sealed interface CommitmentSpec {

    Term term();

    Payment payment();

    /** A discount that replaces the rate table's, as a fraction off On-Demand; null: the table's. */
    Double discount();

    default void validateCommon(String path, Findings f) {
        f.present(term(), path + ".term", "1yr or 3yr");
        f.present(payment(), path + ".payment", "no-upfront, partial-upfront or all-upfront");
        if (discount() != null) {
            f.require(discount() >= 0 && discount() < 1, path + ".discount",
                    "expected a fraction off On-Demand in [0, 1), like 0.4, found " + discount());
        }
    }

    void validate(String path, Findings f);

    /**
     * EC2 Reserved Instances: {@code count} instances of {@code instance_type}, billed every hour of
     * the term whether used or not. Regional (the default) applies in any zone and, for Linux
     * shared tenancy, to any size of the family through normalization factors; zonal applies to
     * the exact type in one zone.
     */
    record ReservedInstance(
            @Required @JsonPropertyDescription("Instance type reserved, like c6g.large.") String instanceType,
            @Required @JsonPropertyDescription("Number of instances reserved.") Integer count,
            @JsonPropertyDescription("standard (default) or convertible.") Offering offering,
            @JsonPropertyDescription("regional (default: any zone, size-flexible) or zonal (one zone, exact type).") Scope scope,
            @JsonPropertyDescription("Zone of a zonal Reserved Instance, 1-based.") Integer zone,
            @Required @JsonPropertyDescription("1yr or 3yr.") Term term,
            @Required @JsonPropertyDescription("no-upfront, partial-upfront or all-upfront.") Payment payment,
            @JsonPropertyDescription("Fraction off On-Demand, replacing the rate table's (commitment-discounts.csv).") Double discount)
            implements CommitmentSpec {
        public ReservedInstance {
            offering = offering == null ? Offering.STANDARD : offering;
            scope = scope == null ? Scope.REGIONAL : scope;
        }

        @Override
        public void validate(String path, Findings f) {
            validateCommon(path, f);
            if (f.present(instanceType, path + ".instance_type", "an instance type, like c6g.large")) {
                f.require(instanceType.indexOf('.') > 0, path + ".instance_type",
                        "expected an instance type like c6g.large, found '" + instanceType + "'");
            }
            if (f.present(count, path + ".count", "the number of instances reserved")) {
                f.require(count >= 1, path + ".count", "expected an integer >= 1, found " + count);
            }
            if (scope == Scope.ZONAL) {
                if (f.present(zone, path + ".zone", "the zone of a zonal Reserved Instance, like 1")) {
                    f.require(zone >= 1 && zone <= Ec2AsgSpec.MAX_AVAILABILITY_ZONES, path + ".zone",
                            "expected a zone from 1 to " + Ec2AsgSpec.MAX_AVAILABILITY_ZONES + ", found " + zone);
                }
            } else {
                f.require(zone == null, path + ".zone", "expected no zone on a regional Reserved Instance (set scope: zonal), found " + zone);
            }
        }
    }

    /** An EC2 Instance Savings Plan: USD per hour of commitment for one instance family in the region. */
    record Ec2InstanceSavingsPlan(
            @Required @JsonPropertyDescription("Instance family, like c6g.") String family,
            @Required @JsonPropertyDescription("Commitment in USD per hour, at Savings Plan rates.") Double usdPerHour,
            @Required @JsonPropertyDescription("1yr or 3yr.") Term term,
            @Required @JsonPropertyDescription("no-upfront, partial-upfront or all-upfront.") Payment payment,
            @JsonPropertyDescription("Fraction off On-Demand, replacing the rate table's.") Double discount)
            implements CommitmentSpec {
        @Override
        public void validate(String path, Findings f) {
            validateCommon(path, f);
            if (f.present(family, path + ".family", "an instance family, like c6g")) {
                if (f.require(family.indexOf('.') < 0, path + ".family", "expected a family without a size, like c6g, found '" + family + "'")) {
                    Set<String> families = new java.util.LinkedHashSet<>();
                    for (String n : dev.fleetsim.models.ec2.InstanceCatalog.builtIn().names()) {
                        families.add(n.substring(0, n.indexOf('.')));
                    }
                    String hint = Suggestions.closest(family, families);
                    f.require(families.contains(family), path + ".family", "expected an instance family from the catalog"
                            + (hint != null ? " (did you mean '" + hint + "'?)" : " (" + String.join(", ", families) + ")")
                            + ", found '" + family + "'");
                }
            }
            validateCommitment(path, f, usdPerHour);
        }
    }

    /** A Compute Savings Plan: USD per hour of commitment for EC2 of any family, Fargate and Lambda. */
    record ComputeSavingsPlan(
            @Required @JsonPropertyDescription("Commitment in USD per hour, at Savings Plan rates.") Double usdPerHour,
            @Required @JsonPropertyDescription("1yr or 3yr.") Term term,
            @Required @JsonPropertyDescription("no-upfront, partial-upfront or all-upfront.") Payment payment,
            @JsonPropertyDescription("Fraction off On-Demand for EC2, replacing the rate table's (Fargate and Lambda keep theirs).") Double discount)
            implements CommitmentSpec {
        @Override
        public void validate(String path, Findings f) {
            validateCommon(path, f);
            validateCommitment(path, f, usdPerHour);
        }
    }

    private static void validateCommitment(String path, Findings f, Double usdPerHour) {
        if (f.present(usdPerHour, path + ".usd_per_hour", "the commitment in USD per hour, like 2.5")) {
            f.require(usdPerHour > 0 && Double.isFinite(usdPerHour), path + ".usd_per_hour",
                    "expected a commitment > 0 in USD per hour, found " + usdPerHour);
        }
    }

    /** Commitment term. */
    enum Term implements YamlEnum {
        ONE_YEAR("1yr"), THREE_YEARS("3yr");

        private final String yamlName;

        Term(String yamlName) {
            this.yamlName = yamlName;
        }

        @Override
        public String yamlName() {
            return yamlName;
        }

        @Override
        public String toString() {
            return yamlName;
        }
    }

    /** Payment option. */
    enum Payment implements YamlEnum {
        NO_UPFRONT, PARTIAL_UPFRONT, ALL_UPFRONT
    }

    /** Reserved Instance offering class: it changes the price, not how the discount applies. */
    enum Offering implements YamlEnum {
        STANDARD, CONVERTIBLE
    }

    /** Reserved Instance scope. */
    enum Scope implements YamlEnum {
        REGIONAL, ZONAL
    }

    /** Services a Savings Plan may cover. */
    Set<String> COMPUTE_SERVICES = Set.of("ec2", "fargate", "lambda");
}
