package dev.fleetsim.models.lambda;

import dev.fleetsim.core.kernel.SimTime;
import dev.fleetsim.core.stats.TimeWeightedAverage;
import dev.fleetsim.models.billing.CostLedger;
import dev.fleetsim.models.billing.HourlyUsage;
import dev.fleetsim.models.billing.UsageLine;
import java.util.Map;
import java.util.TreeMap;
import dev.fleetsim.models.results.ResultValues;

/**
 * What one function costs over the measured window (aws-behaviour.md 4.8, 4.7):
 * <ul>
 *   <li>each invocation started in the window pays the request fee, and its billed duration
 *       rounded up to 1 ms at memory (GB) × the duration price: on-demand environments at the
 *       on-demand price (through the account's monthly tiers, their sizes prorated to the
 *       window), provisioned ones at the provisioned-duration price. A cold start's INIT
 *       phase is added to its invocation's billed duration when {@code bill_init} is on;</li>
 *   <li>provisioned concurrency pays memory × configured environments × time at the
 *       configured price, from the moment it is enabled until it is disabled (set to 0), that
 *       period rounded up to a multiple of 5 minutes: the rounding is charged at the level in
 *       force when it is disabled. INIT run while allocating is added as provisioned duration;</li>
 *   <li>SnapStart on Python and .NET pays the snapshot cache for the window and a restore fee per GB
 *       restored;</li>
 *   <li>with {@code free_tier}, the account's monthly free requests and GB-s, prorated to the
 *       window (730-hour month), come off on-demand requests and duration first.</li>
 * </ul>
 * Durations are summed as whole milliseconds (exact), and priced once at the end.
 */
final class LambdaBilling {
    static final double HOURS_PER_MONTH = 730;

    private final LambdaPrices prices;
    private final double gb;
    private final boolean snapStartCharged;
    private long requests;
    private long onDemandMs;
    private long provisionedMs;
    private long restores;
    /** Provisioned environments configured, time-weighted from the start of the window. */
    private final TimeWeightedAverage configured;
    private long windowMicros;
    private double configuredEnvSeconds;
    /** PC is billed in 5-minute blocks from enable to disable (4.8). */
    static final long PC_BLOCK = SimTime.seconds(300);
    private int level;
    private long enabledAt;
    /** Environment-microseconds added by rounding enabled periods up to 5 minutes. */
    private double roundingEnvMicros;
    private boolean measuring;
    /** Billed milliseconds per clock hour of the window, {on-demand, provisioned}: for commitments. */
    private final Map<Long, long[]> msByHour = new TreeMap<>();
    /** Configured provisioned environment-microseconds per clock hour of the window. */
    private final Map<Long, Double> configuredByHour = new TreeMap<>();
    private long levelSince;

    LambdaBilling(LambdaPrices prices, long memoryMb, boolean snapStartCharged, long now) {
        this.prices = prices;
        this.gb = memoryMb / 1024.0;
        this.snapStartCharged = snapStartCharged;
        this.configured = new TimeWeightedAverage(now, 0);
    }

    /** Whole milliseconds billed for {@code micros}: AWS rounds each invocation up to 1 ms. */
    static long billedMillis(long micros) {
        return (micros + SimTime.MICROS_PER_MILLI - 1) / SimTime.MICROS_PER_MILLI;
    }

    void startMeasurement(long now) {
        measuring = true;
        levelSince = now;
        configured.reset(now);
        windowMicros = -now;
    }

    void endMeasurement(long now) {
        spreadConfigured(now);
        measuring = false;
        windowMicros += now;
        configuredEnvSeconds = configured.average(now) * SimTime.toSeconds(windowMicros)
                + roundingEnvMicros / SimTime.MICROS_PER_SECOND;
    }

    /** An invocation starts now and is billed {@code billedMicros}, on a provisioned environment or not. */
    void invocation(long now, long billedMicros, boolean provisioned) {
        if (!measuring) {
            return;
        }
        requests++;
        long ms = billedMillis(billedMicros);
        long[] hour = msByHour.computeIfAbsent(Math.floorDiv(now, SimTime.MICROS_PER_HOUR), h -> new long[2]);
        if (provisioned) {
            provisionedMs += ms;
            hour[1] += ms;
        } else {
            onDemandMs += ms;
            hour[0] += ms;
        }
    }

    /** A provisioned environment ran INIT while being allocated (billed like PC duration). */
    void provisionedInit(long now, long micros) {
        if (measuring) {
            provisionedMs += billedMillis(micros);
            msByHour.computeIfAbsent(Math.floorDiv(now, SimTime.MICROS_PER_HOUR), h -> new long[2])[1] += billedMillis(micros);
        }
    }

    /** A SnapStart cold start restored a snapshot. */
    void restored() {
        if (measuring && snapStartCharged) {
            restores++;
        }
    }

    /** Provisioned concurrency configured from now on. */
    void configured(long now, int newLevel) {
        spreadConfigured(now);
        configured.update(now, newLevel);
        if (level == 0 && newLevel > 0) {
            enabledAt = now;
        } else if (level > 0 && newLevel == 0 && measuring) {
            long span = now - enabledAt;
            long billed = (span + PC_BLOCK - 1) / PC_BLOCK * PC_BLOCK;
            roundingEnvMicros += (double) level * (billed - span);
        }
        level = newLevel;
    }

    /** Adds the configured level's environment-time since the last change to the hours it fell in. */
    private void spreadConfigured(long now) {
        if (measuring && level > 0) {
            long t = levelSince;
            while (t < now) {
                long hour = Math.floorDiv(t, SimTime.MICROS_PER_HOUR);
                long next = Math.min(now, (hour + 1) * SimTime.MICROS_PER_HOUR);
                configuredByHour.merge(hour, (double) level * (next - t), Double::sum);
                t = next;
            }
        }
        levelSince = now;
    }

    long requests() {
        return requests;
    }

    long onDemandMillis() {
        return onDemandMs;
    }

    long provisionedMillis() {
        return provisionedMs;
    }

    private double requestUsd;
    private double durationUsd;
    private double pcDurationUsd;
    private double pcConfiguredUsd;
    private double snapUsd;

    /**
     * Accrues this window's charges: {@code free} (may be null) is the account's remaining free
     * tier; on-demand duration is priced through the account's monthly tiers for {@code architecture}.
     */
    void bill(CostLedger ledger, FreeTier free, LambdaAccount account, int architecture) {
        double billableRequests = requests;
        double onDemandGbS = onDemandMs / 1000.0 * gb;
        if (free != null) {
            billableRequests = free.takeRequests(billableRequests);
            onDemandGbS = free.takeGbSeconds(onDemandGbS);
        }
        requestUsd = billableRequests * prices.request();
        double months = SimTime.toSeconds(windowMicros) / 3600.0 / HOURS_PER_MONTH;
        durationUsd = account.tieredDurationUsd(prices, architecture, onDemandGbS, months);
        pcDurationUsd = provisionedMs / 1000.0 * gb * prices.provisionedDurationGbSecond();
        pcConfiguredUsd = configuredEnvSeconds * gb * prices.provisionedConfiguredGbSecond();
        snapUsd = snapStartCharged
                ? restores * gb * prices.snapStartRestoreGb() + gb * SimTime.toSeconds(windowMicros) * prices.snapStartCacheGbSecond()
                : 0;
        ledger.accrue("lambda", "on-demand", requestUsd + durationUsd + snapUsd);
        if (pcDurationUsd + pcConfiguredUsd > 0) {
            ledger.accrue("lambda", "provisioned", pcDurationUsd + pcConfiguredUsd);
        }
        addHourlyUsage(ledger.usage());
    }

    /**
     * What Compute Savings Plans may cover, hour by hour: duration (on-demand and provisioned)
     * and configured provisioned concurrency, not requests (aws-behaviour.md 4.8; Savings Plans
     * cover Lambda duration). Each charge is spread over the hours in proportion to the usage in
     * them, so the hours add up to the bill (tiers and the free tier included).
     */
    private void addHourlyUsage(HourlyUsage usage) {
        double totalConfigured = configuredByHour.values().stream().mapToDouble(Double::doubleValue).sum();
        msByHour.forEach((h, ms) -> {
            if (ms[0] > 0) {
                usage.add(h, new UsageLine("lambda", "on-demand", "duration", -1, ms[0] / 1000.0 * gb, durationUsd * ms[0] / onDemandMs));
            }
            if (ms[1] > 0) {
                usage.add(h, new UsageLine("lambda", "on-demand", "provisioned-duration", -1, ms[1] / 1000.0 * gb,
                        pcDurationUsd * ms[1] / provisionedMs));
            }
        });
        if (totalConfigured > 0) {
            configuredByHour.forEach((h, envMicros) -> usage.add(h, new UsageLine("lambda", "on-demand",
                    "provisioned-concurrency", -1, envMicros / SimTime.MICROS_PER_SECOND * gb, pcConfiguredUsd * envMicros / totalConfigured)));
        }
    }

    double totalUsd() {
        return requestUsd + durationUsd + pcDurationUsd + pcConfiguredUsd + snapUsd;
    }

    /** Adds the cost breakdown under {@code [fleets, FLEET, ...]}. */
    void report(ResultValues out, String fleet) {
        out.put(requestUsd, "fleets", fleet, "cost_requests_usd");
        out.put(durationUsd, "fleets", fleet, "cost_duration_usd");
        out.put(pcConfiguredUsd, "fleets", fleet, "cost_provisioned_configured_usd");
        out.put(pcDurationUsd, "fleets", fleet, "cost_provisioned_duration_usd");
        out.put(snapUsd, "fleets", fleet, "cost_snapstart_usd");
        out.put(totalUsd(), "fleets", fleet, "cost_usd");
    }

    /** The account's monthly free tier prorated to the window, consumed by fleets in scenario order. */
    static final class FreeTier {
        private double requests;
        private double gbSeconds;

        FreeTier(LambdaPrices prices, long windowMicros) {
            double months = SimTime.toSeconds(windowMicros) / 3600.0 / HOURS_PER_MONTH;
            this.requests = prices.freeRequestsPerMonth() * months;
            this.gbSeconds = prices.freeGbSecondsPerMonth() * months;
        }

        double takeRequests(double n) {
            double used = Math.min(n, requests);
            requests -= used;
            return n - used;
        }

        double takeGbSeconds(double n) {
            double used = Math.min(n, gbSeconds);
            gbSeconds -= used;
            return n - used;
        }
    }
}
