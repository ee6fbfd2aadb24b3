package lactracker.domain;

/** How urgent an alert is, most urgent first (the order alerts are listed in). */
public enum Severity {
    RED,
    AMBER,
    INFO
}
