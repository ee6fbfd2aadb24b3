package lactracker.domain;

/** A row that was not imported, and why: the file, line and column, and a plain-English reason. */
public record Rejection(String file, int line, String column, String reason) {
}
