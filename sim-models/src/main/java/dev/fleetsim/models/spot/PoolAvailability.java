package dev.fleetsim.models.spot;

import java.util.ArrayList;
import java.util.List;

/** Which Spot pools have capacity now (a pool in a capacity outage has none: launches there fail). */
public final class PoolAvailability {
    private final boolean[] down;

    public PoolAvailability(int pools) {
        this.down = new boolean[pools];
    }

    public boolean available(SpotPool p) {
        return !down[p.index()];
    }

    void setDown(SpotPool p, boolean isDown) {
        down[p.index()] = isDown;
    }

    /** The pools of {@code pools} with capacity, in order. */
    public List<SpotPool> availableOf(List<SpotPool> pools) {
        List<SpotPool> out = new ArrayList<>(pools.size());
        for (SpotPool p : pools) {
            if (!down[p.index()]) {
                out.add(p);
            }
        }
        return out;
    }
}
