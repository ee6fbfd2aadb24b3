package lactracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactingThrowableConverterTest {
    @Test
    void quotedValuesInADatabaseErrorAreBlanked() {
        String h2 = "Unique index or primary key violation: \"PUBLIC.CHILD_NHS_NUMBER_UQ ON PUBLIC.CHILD(NHS_NUMBER) "
                + "VALUES ( /* 1 */ '9434765919' )\"; SQL statement: insert into child values ('O''Brien', 'x')";

        String logged = RedactingThrowableConverter.redact(h2);

        assertThat(logged).doesNotContain("9434765919").doesNotContain("Brien")
                .contains("CHILD_NHS_NUMBER_UQ").contains("'…'");
    }
}
