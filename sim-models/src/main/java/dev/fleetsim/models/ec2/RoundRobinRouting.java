package dev.fleetsim.models.ec2;

import java.util.Arrays;

/**
 * Round robin: each registered target in turn, in registration order, whatever its load (ALB's
 * default algorithm). A target that joins goes to the end of the rotation.
 */
final class RoundRobinRouting implements Routing {
    private Instance[] targets = new Instance[16];
    private int size;
    private int next;

    @Override
    public void add(Instance target) {
        if (size == targets.length) {
            targets = Arrays.copyOf(targets, size * 2);
        }
        target.routingIndex = size;
        targets[size++] = target;
    }

    @Override
    public void remove(Instance target) {
        int i = target.routingIndex;
        if (i < 0 || i >= size || targets[i] != target) {
            throw new IllegalStateException(target + " is not registered");
        }
        System.arraycopy(targets, i + 1, targets, i, size - i - 1);
        targets[--size] = null;
        for (int k = i; k < size; k++) {
            targets[k].routingIndex = k;
        }
        target.routingIndex = -1;
        if (i < next) {
            next--;
        }
        if (next >= size) {
            next = 0;
        }
    }

    @Override
    public Instance pick() {
        if (size == 0) {
            return null;
        }
        Instance t = targets[next];
        next = next + 1 == size ? 0 : next + 1;
        return t;
    }

    @Override
    public void increment(Instance target) {}

    @Override
    public void decrement(Instance target, int n) {}
}
