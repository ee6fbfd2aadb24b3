package lactracker.domain;

/**
 * A list worked out from facts already held, read-only, made as it is read (the health-needs rows'
 * children and lines, decision 0023): a record that takes one keeps it rather than copying it whole.
 */
interface Derived {
}
