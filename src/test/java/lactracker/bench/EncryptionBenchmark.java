package lactracker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import lactracker.app.Accounts;
import lactracker.app.AppContext;
import lactracker.app.AppServices;
import lactracker.domain.Access;
import lactracker.domain.AuditPeriod;

/**
 * Issue 21: what encryption costs. Makes the same demo caseload in a plain database and in an encrypted one
 * (set up with an administrator, as the window does), then, alternately, opens each and times the day's
 * alerts (the caseload of the day read whole) and the last complete quarter's audit sheet; for the encrypted
 * one also signing in (Argon2id and opening) to the first screen's alerts. Prints each time and the ratios.
 * Usage: EncryptionBenchmark FOLDER CHILDREN ROUNDS
 */
public final class EncryptionBenchmark {
    private static final char[] PASSWORD = "three small words here".toCharArray();

    private EncryptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int children = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Clock clock = Clock.systemDefaultZone();
        Path plain = folder.resolve("plain-" + children);
        Path encrypted = folder.resolve("encrypted-" + children);
        Accounts accounts = new Accounts(clock);
        if (!Files.exists(AppContext.fileOf(plain))) {
            long t = System.nanoTime();
            try (AppContext c = AppContext.open(plain, clock, "bench")) {
                new AppServices(c).demo().fill(children, 1, d -> { });
            }
            System.out.printf("plain demo made in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        if (!Files.exists(AppContext.fileOf(encrypted))) {
            long t = System.nanoTime();
            try (AppContext c = accounts.setUp(encrypted, "Invented Administrator", "admin", PASSWORD).context()) {
                new AppServices(c).demo().fill(children, 1, d -> { });
            }
            System.out.printf("encrypted demo made in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        double[] sum = new double[4];
        for (int round = 1; round <= rounds; round++) {
            double[] p = readings(AppContext.open(plain, clock, "bench", Access.ADMINISTRATOR));
            long signIn = System.nanoTime();
            AppContext e = accounts.signIn(encrypted, "admin", PASSWORD.clone());
            double signedIn = (System.nanoTime() - signIn) / 1e9;
            double[] q = readings(e);
            System.out.printf("round %d: alerts plain %.2f s, encrypted %.2f s; audit plain %.2f s, encrypted %.2f s;"
                    + " sign-in %.2f s, to first alerts %.2f s%n", round, p[0], q[0], p[1], q[1], signedIn, signedIn + q[0]);
            sum[0] += p[0];
            sum[1] += q[0];
            sum[2] += p[1];
            sum[3] += q[1];
        }
        System.out.printf("encrypted / plain over %d rounds: alerts %.2f, audit sheet %.2f%n", rounds,
                sum[1] / sum[0], sum[3] / sum[2]);
    }

    /** The day's alerts and the last complete quarter's audit sheet, on a database just opened; closes it. */
    private static double[] readings(AppContext context) {
        try (context) {
            AppServices services = new AppServices(context);
            long t = System.nanoTime();
            int alerts = services.alerts().alerts(LocalDate.now(context.clock())).size();
            double a = (System.nanoTime() - t) / 1e9;
            AuditPeriod q = AuditPeriod.lastCompleteQuarter(LocalDate.now(context.clock()));
            t = System.nanoTime();
            services.audit().audit(q, q.to());
            double s = (System.nanoTime() - t) / 1e9;
            if (alerts == 0) {
                throw new IllegalStateException("no alerts: the demo was not made");
            }
            return new double[] {a, s};
        }
    }
}
