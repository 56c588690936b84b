package dev.fleetsim.models.scenario;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.fleetsim.models.scenario.LambdaWords.Architecture;
import dev.fleetsim.models.scenario.LambdaWords.Invocation;
import dev.fleetsim.models.scenario.LambdaWords.PackageType;
import dev.fleetsim.models.scenario.LambdaWords.Reuse;
import dev.fleetsim.models.scenario.LambdaWords.Runtime;
import dev.fleetsim.models.scenario.units.DataSize;
import dev.fleetsim.models.scenario.units.Fraction;
import dev.fleetsim.models.scenario.units.SimDuration;
import java.util.List;

/**
 * An AWS Lambda function (fleet type {@code lambda}); the workload's {@code service_time} is the
 * function's duration at 1 vCPU (1,769 MB). Rules from aws-behaviour.md section 4, defaults from
 * modelling choices M14–M18; every field is in docs/scenario-reference.md, the model in
 * docs/models.md (Lambda).
 */
public record LambdaSpec(
        @Required @JsonPropertyDescription("Fleet name; workloads target it.") String name,
        @JsonPropertyDescription("Memory, 128MB to 10240MB in 1 MB steps (default 128MB); CPU grows with it.") DataSize memory,
        @JsonPropertyDescription("x86_64 (default) or arm64; selects the price.") Architecture architecture,
        @JsonPropertyDescription("nodejs (default), python, java or dotnet; selects the default init duration (M18).") Runtime runtime,
        @JsonPropertyDescription("zip (default) or image; container images add uniform 100ms to 300ms to INIT (M18).")
                PackageType packageType,
        @JsonPropertyDescription("Function timeout, up to 900s (default 3s); longer invocations fail and reset their environment.")
                SimDuration timeout,
        @JsonPropertyDescription("CPU-bound share of the duration, which scales with 1769 MB / memory below 1769 MB (default 0).")
                Fraction durationCpuFraction,
        @JsonPropertyDescription("INIT (cold start) duration at 1769 MB (default per runtime, M18: lognormal median/p99 nodejs and python 150ms/400ms, java 1500ms/4000ms, dotnet 700ms/2000ms; SnapStart restore 200ms/700ms).")
                DistributionSpec initDuration,
        @JsonPropertyDescription("CPU-bound share of INIT, which scales with 1769 MB / memory below 1769 MB (default 0).")
                Fraction initCpuFraction,
        @JsonPropertyDescription("SnapStart: cold starts restore a snapshot instead of running INIT (java, python, dotnet; not with provisioned concurrency).")
                Boolean snapStart,
        @JsonPropertyDescription("Probability that an invocation ends in a function error (default 0).") Fraction errorProbability,
        @JsonPropertyDescription("Time an idle environment lives after its last invocation (default constant 10m, M14).")
                DistributionSpec idleLifetime,
        @JsonPropertyDescription("Age after which an environment is recycled once idle, whatever its use (default 2h, M14).")
                SimDuration maxLifetime,
        @JsonPropertyDescription("Which idle environment serves the next request: most-recent (default) or least-recent.") Reuse reuse,
        @JsonPropertyDescription("Account concurrency quota shared by every lambda fleet of the scenario (default 1000); all lambda fleets must agree.")
                Integer accountConcurrency,
        @JsonPropertyDescription("Reserved concurrency: a guaranteed share that is also the function's cap (default: none, the unreserved pool).")
                Integer reservedConcurrency,
        @JsonPropertyDescription("Environment scaling rate: {mode, burst, refill} (default per-function, 1000, 100/s; M15).")
                LambdaScalingRateSpec scalingRate,
        @JsonPropertyDescription("sync (default: throttles fail at once with 429) or async (internal queue, retries, DLQ).")
                Invocation invocation,
        @JsonPropertyDescription("Asynchronous invocation settings (defaults per aws-behaviour.md 4.5 and M16).") LambdaAsyncSpec async,
        @JsonPropertyDescription("Provisioned concurrency (default none).") LambdaProvisionedSpec provisionedConcurrency,
        @JsonPropertyDescription("Scheduled actions and target tracking on provisioned_concurrency_utilization (Application Auto Scaling).")
                List<ScalingPolicySpec> scaling,
        @JsonPropertyDescription("Bill the INIT phase of on-demand cold starts (default true: AWS bills it since 1 Aug 2025).")
                Boolean billInit,
        @JsonPropertyDescription("Subtract the monthly free tier (1M requests, 400,000 GB-s), prorated to the measured window (default false).")
                Boolean freeTier)
        implements FleetSpec {

    public static final DataSize MIN_MEMORY = DataSize.parse("128MB");
    public static final DataSize MAX_MEMORY = DataSize.parse("10240MB");
    /** At 1,769 MB a function has the equivalent of one vCPU (4.1). */
    public static final double ONE_VCPU_MB = 1769;
    public static final SimDuration DEFAULT_TIMEOUT = SimDuration.ofSeconds(3);
    public static final SimDuration MAX_TIMEOUT = SimDuration.ofSeconds(900);
    public static final int DEFAULT_ACCOUNT_CONCURRENCY = 1000;
    /** At least this much concurrency stays unreserved (4.3). */
    public static final int UNRESERVED_MINIMUM = 100;
    public static final DistributionSpec DEFAULT_IDLE_LIFETIME = new DistributionSpec.Constant(SimDuration.ofSeconds(600));
    public static final SimDuration DEFAULT_MAX_LIFETIME = SimDuration.ofSeconds(7200);

    public LambdaSpec {
        memory = memory == null ? MIN_MEMORY : memory;
        architecture = architecture == null ? Architecture.X86_64 : architecture;
        runtime = runtime == null ? Runtime.NODEJS : runtime;
        packageType = packageType == null ? PackageType.ZIP : packageType;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        durationCpuFraction = durationCpuFraction == null ? new Fraction(0) : durationCpuFraction;
        initCpuFraction = initCpuFraction == null ? new Fraction(0) : initCpuFraction;
        snapStart = snapStart == null ? Boolean.FALSE : snapStart;
        errorProbability = errorProbability == null ? new Fraction(0) : errorProbability;
        idleLifetime = idleLifetime == null ? DEFAULT_IDLE_LIFETIME : idleLifetime;
        maxLifetime = maxLifetime == null ? DEFAULT_MAX_LIFETIME : maxLifetime;
        reuse = reuse == null ? Reuse.MOST_RECENT : reuse;
        accountConcurrency = accountConcurrency == null ? DEFAULT_ACCOUNT_CONCURRENCY : accountConcurrency;
        scalingRate = scalingRate == null ? LambdaScalingRateSpec.DEFAULT : scalingRate;
        invocation = invocation == null ? Invocation.SYNC : invocation;
        async = async == null ? LambdaAsyncSpec.DEFAULT : async;
        provisionedConcurrency = provisionedConcurrency == null ? LambdaProvisionedSpec.NONE : provisionedConcurrency;
        scaling = scaling == null ? List.of() : List.copyOf(scaling);
        billInit = billInit == null ? Boolean.TRUE : billInit;
        freeTier = freeTier == null ? Boolean.FALSE : freeTier;
    }

    @Override
    public void validate(String path, Findings f) {
        f.require(memory.compareTo(MIN_MEMORY) >= 0 && memory.compareTo(MAX_MEMORY) <= 0 && memory.bytes() % (1L << 20) == 0,
                path + ".memory", "expected a whole number of MB from 128MB to 10240MB, found " + memory.written());
        f.require(timeout.micros() >= SimDuration.ofSeconds(1).micros() && timeout.compareTo(MAX_TIMEOUT) <= 0,
                path + ".timeout", "expected a timeout from 1s to 900s, found " + timeout);
        if (initDuration != null) {
            initDuration.validate(path + ".init_duration", f);
        }
        idleLifetime.validate(path + ".idle_lifetime", f);
        f.require(maxLifetime.micros() > 0, path + ".max_lifetime", "expected a duration > 0, found " + maxLifetime);
        f.require(accountConcurrency >= 1 && accountConcurrency <= 1_000_000, path + ".account_concurrency",
                "expected an integer from 1 to 1000000, found " + accountConcurrency);
        if (reservedConcurrency != null) {
            int most = Math.max(0, accountConcurrency - UNRESERVED_MINIMUM);
            f.require(reservedConcurrency >= 0 && reservedConcurrency <= most, path + ".reserved_concurrency",
                    "expected an integer from 0 to " + most + " (account_concurrency " + accountConcurrency
                            + " minus the 100 that must stay unreserved), found " + reservedConcurrency);
        }
        scalingRate.validate(path + ".scaling_rate", f);
        async.validate(path + ".async", f);
        provisionedConcurrency.validate(path + ".provisioned_concurrency", f, accountConcurrency);
        int pcMax = provisionedConcurrency.maxOr(0);
        if (reservedConcurrency != null) {
            f.require(pcMax <= reservedConcurrency, path + ".provisioned_concurrency",
                    "expected provisioned concurrency (up to " + pcMax + ") at most the reserved concurrency ("
                            + reservedConcurrency + "), found more");
        } else {
            int most = Math.max(0, accountConcurrency - UNRESERVED_MINIMUM);
            f.require(pcMax <= most, path + ".provisioned_concurrency",
                    "expected provisioned concurrency (up to " + pcMax + ") at most " + most
                            + " (the unreserved pool less the 100 AWS keeps free), found more");
        }
        if (snapStart) {
            f.require(runtime.snapStartSupported(), path + ".snap_start",
                    "expected a runtime with SnapStart (java, python or dotnet), found " + runtime);
            f.require(pcMax == 0, path + ".snap_start",
                    "expected no provisioned concurrency with SnapStart (AWS refuses the combination), found up to " + pcMax);
        }
        ScalingPolicySpec.validateAll(scaling, path + ".scaling", f);
        ScalingPolicySpec.applicationAutoScalingRules(scaling, path + ".scaling", f);
        for (int i = 0; i < scaling.size(); i++) {
            ScalingPolicySpec s = scaling.get(i);
            boolean ok = s instanceof ScalingPolicySpec.Scheduled
                    || s instanceof ScalingPolicySpec.TargetTracking t
                            && t.metric() == dev.fleetsim.models.scaling.ScalingMetric.PROVISIONED_CONCURRENCY_UTILIZATION;
            f.require(ok, path + ".scaling[" + i + "]", "expected a scheduled action or target tracking on "
                    + "provisioned_concurrency_utilization (Application Auto Scaling for Lambda), found " + describe(s));
        }
        f.require(scaling.isEmpty() || provisionedConcurrency.maxOr(0) > 0 || hasScheduledAction(), path + ".scaling",
                "expected provisioned_concurrency with a max > 0 for scaling policies to scale, found none");
    }

    private static String describe(ScalingPolicySpec s) {
        if (s instanceof ScalingPolicySpec.TargetTracking t) {
            return "target-tracking on " + t.metric();
        }
        return s == null ? "nothing" : s.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " scaling";
    }

    private boolean hasScheduledAction() {
        return scaling.stream().anyMatch(s -> s instanceof ScalingPolicySpec.Scheduled);
    }

    /**
     * Cross-fleet rules of the one account every lambda fleet lives in (4.3): the same quota
     * everywhere, and reservations that leave at least 100 unreserved.
     */
    static void validateAccount(List<FleetSpec> fleets, Findings f) {
        LambdaSpec first = null;
        int firstIndex = -1;
        long reserved = 0;
        for (int i = 0; i < fleets.size(); i++) {
            if (!(fleets.get(i) instanceof LambdaSpec l)) {
                continue;
            }
            if (first == null) {
                first = l;
                firstIndex = i;
            } else {
                f.require(l.accountConcurrency().equals(first.accountConcurrency()), "fleets[" + i + "].account_concurrency",
                        "expected " + first.accountConcurrency() + " like fleets[" + firstIndex + "] (every lambda fleet is in one account), found "
                                + l.accountConcurrency());
                f.require(l.scalingRate().mode() != LambdaWords.ScalingMode.LEGACY_ACCOUNT
                        || first.scalingRate().mode() != LambdaWords.ScalingMode.LEGACY_ACCOUNT || l.scalingRate().equals(first.scalingRate()),
                        "fleets[" + i + "].scaling_rate", "expected the same legacy-account bucket as fleets[" + firstIndex + "] ("
                                + first.scalingRate().burst() + ", " + first.scalingRate().refill() + "), found "
                                + l.scalingRate().burst() + ", " + l.scalingRate().refill());
            }
            if (l.reservedConcurrency() != null) {
                reserved += l.reservedConcurrency();
                // One function over the limit on its own is reported once, by its own check (validate).
                boolean aloneOver = l.reservedConcurrency() > l.accountConcurrency() - UNRESERVED_MINIMUM;
                f.require(aloneOver || reserved <= first.accountConcurrency() - UNRESERVED_MINIMUM, "fleets[" + i + "].reserved_concurrency",
                        "expected reservations totalling at most " + (first.accountConcurrency() - UNRESERVED_MINIMUM)
                                + " (the account's " + first.accountConcurrency() + " less 100 unreserved), found " + reserved);
            }
        }
    }

    /** Memory in MB (whole, validated). */
    public long memoryMb() {
        return memory.bytes() >> 20;
    }

    /** Factor on work whose CPU-bound share is {@code cpuFraction}: CPU is proportional to memory below one vCPU. */
    public static double cpuFactor(double cpuFraction, long memoryMb) {
        double slowdown = Math.max(1, ONE_VCPU_MB / memoryMb);
        return 1 - cpuFraction + cpuFraction * slowdown;
    }

    /** The INIT duration written, or M18's default for the runtime (SnapStart: the restore time). */
    public DistributionSpec initDurationOrDefault() {
        if (initDuration != null) {
            return initDuration;
        }
        if (snapStart) {
            return lognormal(200, 700);
        }
        return switch (runtime) {
            case NODEJS, PYTHON -> lognormal(150, 400);
            case JAVA -> lognormal(1500, 4000);
            case DOTNET -> lognormal(700, 2000);
        };
    }

    private static DistributionSpec lognormal(long medianMs, long p99Ms) {
        return new DistributionSpec.Lognormal(null, null, SimDuration.ofMillis(medianMs), SimDuration.ofMillis(p99Ms), null);
    }
}
