package lactracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One appointment made for an assessment, and what came of it. */
public record Appointment(Long id, LocalDate date, String place, AppointmentOutcome outcome, String note) {
    public Appointment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
    }
}
