package dev.fleetsim.models.fargate;

import java.util.ArrayList;
import java.util.List;

/**
 * The task sizes Fargate accepts on Linux (the ECS task definition table): for each vCPU value,
 * the memory range in MiB and its step. Any other combination is refused at RegisterTaskDefinition
 * ("No Fargate configuration exists for given values"), so the scenario refuses it too.
 */
public final class TaskSize {
    /** vCPU values, memory min, max and step (MiB) for each, row by row. */
    private static final double[] VCPUS = {0.25, 0.5, 1, 2, 4, 8, 16};
    private static final int[][] MEMORY_MIB = {
        {512, 2048, 0}, // 0.5, 1 and 2 GB: not an even step, listed in MEMORY_025
        {1024, 4096, 1024},
        {2048, 8192, 1024},
        {4096, 16384, 1024},
        {8192, 30720, 1024},
        {16384, 61440, 4096},
        {32768, 122880, 8192}
    };
    private static final int[] MEMORY_025 = {512, 1024, 2048};

    private TaskSize() {}

    /** Whether {@code vcpu} is one of Fargate's task CPU values. */
    public static boolean validCpu(double vcpu) {
        return row(vcpu) >= 0;
    }

    /** Whether {@code memoryMib} is a valid memory size for a task of {@code vcpu} vCPU. */
    public static boolean valid(double vcpu, long memoryMib) {
        int r = row(vcpu);
        if (r < 0) {
            return false;
        }
        if (r == 0) {
            for (int m : MEMORY_025) {
                if (m == memoryMib) {
                    return true;
                }
            }
            return false;
        }
        int[] range = MEMORY_MIB[r];
        return memoryMib >= range[0] && memoryMib <= range[1] && (memoryMib - range[0]) % range[2] == 0;
    }

    /** The CPU values, for messages: {@code 0.25, 0.5, 1, 2, 4, 8, 16}. */
    public static String cpuValues() {
        return "0.25, 0.5, 1, 2, 4, 8, 16";
    }

    /** The memory sizes a task of {@code vcpu} vCPU accepts, for messages (e.g. {@code 2GB to 8GB in 1GB steps}). */
    public static String memoryValues(double vcpu) {
        int r = row(vcpu);
        if (r == 0) {
            return "512MB, 1GB, 2GB";
        }
        int[] range = MEMORY_MIB[r];
        return range[0] / 1024 + "GB to " + range[1] / 1024 + "GB in " + range[2] / 1024 + "GB steps";
    }

    /** Every valid (vCPU, memory) pair as text, e.g. {@code 0.25 vCPU: 512MB, 1GB, 2GB; ...}. */
    public static String table() {
        List<String> rows = new ArrayList<>();
        for (double v : VCPUS) {
            rows.add(number(v) + " vCPU: " + memoryValues(v));
        }
        return String.join("; ", rows);
    }

    /** {@code v} without a trailing ".0": 0.25, 1, 16. */
    public static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static int row(double vcpu) {
        for (int i = 0; i < VCPUS.length; i++) {
            if (VCPUS[i] == vcpu) {
                return i;
            }
        }
        return -1;
    }
}
