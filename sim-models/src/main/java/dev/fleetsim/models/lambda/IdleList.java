package dev.fleetsim.models.lambda;

import dev.fleetsim.models.scenario.LambdaWords.Reuse;

/**
 * Idle environments in the order they became idle, most recent at the head: an intrusive doubly
 * linked list, so taking from either end and removing a reclaimed environment from the middle are
 * O(1) and allocate nothing. Which end serves the next request is the {@link Reuse} policy; AWS
 * does not document it (GAP), and most-recent is the default, as observed.
 */
final class IdleList {
    private final Reuse reuse;
    private Environment head;
    private Environment tail;
    private int size;

    IdleList(Reuse reuse) {
        this.reuse = reuse;
    }

    int size() {
        return size;
    }

    /** Adds an environment that just became idle. */
    void push(Environment e) {
        e.idle = true;
        e.prev = null;
        e.next = head;
        if (head != null) {
            head.prev = e;
        } else {
            tail = e;
        }
        head = e;
        size++;
    }

    /** The environment the reuse policy picks, removed from the list; null if none is idle. */
    Environment take() {
        Environment e = reuse == Reuse.MOST_RECENT ? head : tail;
        if (e != null) {
            remove(e);
        }
        return e;
    }

    /** The environment idle longest (tail), removed; null if none. */
    Environment takeOldest() {
        Environment e = tail;
        if (e != null) {
            remove(e);
        }
        return e;
    }

    Environment peekHead() {
        return head;
    }

    Environment peekTail() {
        return tail;
    }

    void remove(Environment e) {
        if (e.prev != null) {
            e.prev.next = e.next;
        } else {
            head = e.next;
        }
        if (e.next != null) {
            e.next.prev = e.prev;
        } else {
            tail = e.prev;
        }
        e.prev = null;
        e.next = null;
        e.idle = false;
        size--;
    }
}
