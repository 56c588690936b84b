package dev.fleetsim.models.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of a sweep and its tasks. A point sets every axis to one of its values; a task is
 * one replication of one point, numbered {@code point × replications + replication}. Every point
 * runs the same replications with the same seed, so all points see the same traffic (common
 * random numbers) and differences between points are sharp.
 */
public final class SweepPlan {
    /** A sanity bound on the number of tasks. */
    public static final long MAX_TASKS = 10_000_000;

    private final SweepMode mode;
    private final List<SweepAxis> axes;
    private final List<Map<String, String>> points;
    private final int replications;

    public SweepPlan(SweepMode mode, List<SweepAxis> axes, int replications) {
        if (axes.isEmpty()) {
            throw new SweepException("expected at least one parameter (--param path=v1,v2 or a sweep: section), found none");
        }
        if (replications < 1) {
            throw new SweepException("expected at least 1 replication, found " + replications);
        }
        this.mode = mode;
        this.axes = List.copyOf(axes);
        this.replications = replications;
        this.points = mode == SweepMode.GRID ? grid(this.axes) : zip(this.axes);
        if ((long) points.size() * replications > MAX_TASKS) {
            throw new SweepException("expected at most " + MAX_TASKS + " tasks (points x replications), found "
                    + (long) points.size() * replications);
        }
    }

    private static List<Map<String, String>> grid(List<SweepAxis> axes) {
        long n = 1;
        for (SweepAxis a : axes) {
            n *= a.values().size();
            if (n > MAX_TASKS) {
                throw new SweepException("expected at most " + MAX_TASKS + " points, found more in the grid");
            }
        }
        List<Map<String, String>> out = new ArrayList<>((int) n);
        int[] at = new int[axes.size()];
        for (long p = 0; p < n; p++) {
            Map<String, String> point = new LinkedHashMap<>();
            for (int a = 0; a < axes.size(); a++) {
                point.put(axes.get(a).path(), axes.get(a).values().get(at[a]));
            }
            out.add(point);
            for (int a = axes.size() - 1; a >= 0; a--) { // the last axis varies fastest
                if (++at[a] < axes.get(a).values().size()) {
                    break;
                }
                at[a] = 0;
            }
        }
        return out;
    }

    private static List<Map<String, String>> zip(List<SweepAxis> axes) {
        int n = axes.get(0).values().size();
        for (SweepAxis a : axes) {
            if (a.values().size() != n) {
                throw new SweepException("zip: expected every parameter to have " + n + " values (as "
                        + axes.get(0).path() + "), found " + a.values().size() + " for " + a.path());
            }
        }
        List<Map<String, String>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Map<String, String> point = new LinkedHashMap<>();
            for (SweepAxis a : axes) {
                point.put(a.path(), a.values().get(k));
            }
            out.add(point);
        }
        return out;
    }

    public SweepMode mode() {
        return mode;
    }

    public List<SweepAxis> axes() {
        return axes;
    }

    public int replications() {
        return replications;
    }

    /** Every point, in order: each maps an axis path to its value text. */
    public List<Map<String, String>> points() {
        return points;
    }

    public long taskCount() {
        return (long) points.size() * replications;
    }

    /** The {@code --set}-style overrides ({@code path=value}) that make point {@code p}. */
    public List<String> overrides(int p) {
        List<String> out = new ArrayList<>();
        points.get(p).forEach((path, value) -> out.add(path + "=" + value));
        return out;
    }
}
