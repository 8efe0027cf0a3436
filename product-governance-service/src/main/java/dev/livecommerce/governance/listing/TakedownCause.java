package dev.livecommerce.governance.listing;

/** Why a listing was taken down, as published in listing-taken-down and listing-restored. */
public enum TakedownCause {
    IP_COMPLAINT
}
