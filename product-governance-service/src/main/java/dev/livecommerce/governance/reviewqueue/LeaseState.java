package dev.livecommerce.governance.reviewqueue;

/** FREE: nobody holds the item; HELD: a reviewer's lease runs; EXPIRED: the lease ran out, anyone may claim. */
public enum LeaseState {
    FREE, HELD, EXPIRED
}
