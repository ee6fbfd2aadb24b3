package lactracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainAppTest {
    @Test
    void aMissingGtkLibraryIsExplainedWithTheFix() {
        assertThat(MainApp.whyNoWindow(new UnsupportedOperationException("Unable to load glass GTK library.")))
                .contains("GTK 3").contains("apt-get install libgtk-3-0");
    }

    @Test
    void noDisplayIsExplained() {
        assertThat(MainApp.whyNoWindow(new UnsupportedOperationException("Unable to open DISPLAY")))
                .contains("there is no display");
    }
}
