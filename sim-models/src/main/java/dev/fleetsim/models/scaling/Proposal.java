package dev.fleetsim.models.scaling;

/**
 * What one dynamic policy asks for at one evaluation: a new desired capacity, which way it moves,
 * and why (the reason goes into the activity record).
 */
record Proposal(String policy, Direction direction, int capacity, String reason) {

    enum Direction { NONE, OUT, IN }

    static final Proposal NONE = new Proposal("", Direction.NONE, 0, "");

    static Proposal out(String policy, int capacity, String reason) {
        return new Proposal(policy, Direction.OUT, capacity, reason);
    }

    static Proposal in(String policy, int capacity, String reason) {
        return new Proposal(policy, Direction.IN, capacity, reason);
    }

    boolean isOut() {
        return direction == Direction.OUT;
    }

    boolean isIn() {
        return direction == Direction.IN;
    }
}
