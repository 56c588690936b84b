package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.fargate.TaskSize;
import dev.fleetsim.models.scenario.units.DataSize;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;

/**
 * An ECS task definition's size and how a task serves requests (fleet type {@code fargate}).
 * Only Fargate's CPU/memory combinations are accepted ({@link TaskSize}). A task serves like an
 * instance: {@code max(1, floor(cpu × slots_per_vcpu))} slots, each at
 * {@code speed × min(1, cpu × slots_per_vcpu)}, so a 0.25-vCPU task serves one request at a
 * quarter of a vCPU's speed.
 */
public record FargateTaskSpec(
        @Required @JsonPropertyDescription("Task vCPU: 0.25, 0.5, 1, 2, 4, 8 or 16.") Double cpu,
        @Required @JsonPropertyDescription("Task memory, a valid size for the cpu (e.g. 0.25 vCPU: 512MB, 1GB or 2GB).")
                DataSize memory,
        @JsonPropertyDescription("x86_64 (default) or arm64 (Graviton; cheaper per vCPU-hour).") Architecture architecture,
        @JsonPropertyDescription("Ephemeral storage, 20GB (default, included) to 200GB; above 20GB is billed.")
                DataSize ephemeralStorage,
        @JsonPropertyDescription("Concurrent requests per vCPU (default 1).") Integer slotsPerVcpu,
        @JsonPropertyDescription("Per-vCPU speed relative to m5 = 1.0 (default 1.0).") Double speed,
        @JsonPropertyDescription("Requests a task may hold waiting beyond its busy slots; more are dropped (default 100).")
                Integer queueLimit,
        @JsonPropertyDescription("Memory model: share of task memory used at rest (default 25%).") Fraction memoryAtRest,
        @JsonPropertyDescription("Memory model: memory each request in service uses (default 16MB).") DataSize memoryPerRequest,
        @JsonPropertyDescription("stopTimeout: SIGTERM to SIGKILL, 0s to 120s (default 30s).") SimDuration stopTimeout) {

    public static final DataSize INCLUDED_STORAGE = DataSize.parse("20GB");
    public static final DataSize MAX_STORAGE = DataSize.parse("200GB");
    public static final SimDuration DEFAULT_STOP_TIMEOUT = SimDuration.ofSeconds(30);
    public static final SimDuration MAX_STOP_TIMEOUT = SimDuration.ofSeconds(120);

    public FargateTaskSpec {
        architecture = architecture == null ? Architecture.X86_64 : architecture;
        ephemeralStorage = ephemeralStorage == null ? INCLUDED_STORAGE : ephemeralStorage;
        slotsPerVcpu = slotsPerVcpu == null ? 1 : slotsPerVcpu;
        speed = speed == null ? 1.0 : speed;
        queueLimit = queueLimit == null ? Ec2AsgSpec.DEFAULT_INSTANCE_QUEUE_LIMIT : queueLimit;
        memoryAtRest = memoryAtRest == null ? new Fraction(0.25) : memoryAtRest;
        memoryPerRequest = memoryPerRequest == null ? DataSize.parse("16MB") : memoryPerRequest;
        stopTimeout = stopTimeout == null ? DEFAULT_STOP_TIMEOUT : stopTimeout;
    }

    public void validate(String path, Findings f) {
        boolean cpuOk = f.present(cpu, path + ".cpu", "the task vCPU (" + TaskSize.cpuValues() + ")")
                && f.require(TaskSize.validCpu(cpu), path + ".cpu", "expected a Fargate task vCPU value ("
                        + TaskSize.cpuValues() + "), found " + cpu);
        if (f.present(memory, path + ".memory", "the task memory, like 2GB") && cpuOk) {
            double mib = memory.megabytes();
            f.require(mib == Math.rint(mib) && TaskSize.valid(cpu, (long) mib), path + ".memory",
                    "expected a memory size valid for " + TaskSize.number(cpu) + " vCPU (" + TaskSize.memoryValues(cpu)
                            + "; valid sizes: " + TaskSize.table() + "), found " + memory.written());
        }
        f.require(ephemeralStorage.compareTo(INCLUDED_STORAGE) >= 0 && ephemeralStorage.compareTo(MAX_STORAGE) <= 0
                && ephemeralStorage.bytes() % (1L << 30) == 0, path + ".ephemeral_storage",
                "expected a whole number of GB from 20GB to 200GB, found " + ephemeralStorage.written());
        f.require(slotsPerVcpu >= 1 && slotsPerVcpu <= 1024, path + ".slots_per_vcpu",
                "expected an integer from 1 to 1024, found " + slotsPerVcpu);
        f.require(speed > 0 && Double.isFinite(speed), path + ".speed", "expected a speed > 0, found " + speed);
        f.require(queueLimit >= 0 && queueLimit <= Ec2AsgSpec.MAX_INSTANCE_QUEUE_LIMIT, path + ".queue_limit",
                "expected an integer from 0 to " + Ec2AsgSpec.MAX_INSTANCE_QUEUE_LIMIT + ", found " + queueLimit);
        f.require(stopTimeout.compareTo(MAX_STOP_TIMEOUT) <= 0, path + ".stop_timeout",
                "expected a stop timeout from 0s to 120s (the ECS maximum), found " + stopTimeout);
    }

    /** Request slots per task: {@code max(1, floor(cpu × slots_per_vcpu))}. */
    public int slots() {
        return (int) Math.max(1, Math.floor(cpu * slotsPerVcpu));
    }

    /** Each slot's speed: the per-vCPU speed, scaled down when a task has less than one vCPU per slot. */
    public double slotSpeed() {
        return speed * Math.min(1.0, cpu * slotsPerVcpu);
    }

    /** Memory in GB (binary, as AWS bills it). */
    public double memoryGb() {
        return memory.gigabytes();
    }

    /** The CPU architecture, which sets the price. */
    public enum Architecture implements YamlEnum {
        X86_64("x86_64"),
        ARM64("arm64");

        private final String yamlName;

        Architecture(String yamlName) {
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
}
