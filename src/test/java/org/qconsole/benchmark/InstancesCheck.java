package org.qconsole.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of {@code .ci/instances-check}, driven through the load balancer in front of two console instances
 * (each started, stopped and killed by that script's {@code instance} sub-command): sign-ins land on both; an
 * answer saved on one is seen by a colleague on the other; country users keep typing ({@link LoadSession},
 * Vaadin's real protocol) while an instance is stopped gracefully, killed with SIGKILL and both are restarted
 * one after the other, each user signing in again when told their session is gone, and afterwards every answer
 * the console acknowledged as saved is in the database; a reminder due is e-mailed exactly once although both
 * instances run the reminder job every five seconds; an instance with other plugins refuses to start; and the
 * restore drill: a dump restored into a new database, an instance started on it shows the same answers.
 *
 * <p>Prints one line per fact checked; exits with status 1 when one does not hold. Arguments: the balancer's
 * address, the live and the restored database's JDBC URLs (owner role qc_owner), the instances' log folder.
 */
public final class InstancesCheck {

    private static final String DEMO = "ICT for international cooperation and asset recovery (2023)";
    private static final List<String> COUNTRIES = List.of("SWE", "FRA", "KEN", "BRA", "JPN");
    private static final int SESSIONS = 10;
    private static final String SECTION = "s1_general";
    private static final String QUESTION = "q2_useful_icts";
    private static final int SMTP_PORT = 3025;
    private static final long PHASE_MILLIS = 8_000;
    private static final Pattern CHANGE = Pattern.compile("Change (\\d+) by ");
    private static final Pattern HTTP_STATUS = Pattern.compile("HTTP (\\d{3})");
    private static final Pattern REMINDER_RUN = Pattern.compile("Daily reminders: (\\d+) sent");

    private final String balancer;
    private final String live;
    private final String restored;
    private final Path logs;
    private final List<String> failures = new ArrayList<>();

    private InstancesCheck(String[] args) {
        this.balancer = args[0];
        this.live = args[1];
        this.restored = args[2];
        this.logs = Path.of(args[3]);
    }

    public static void main(String[] args) throws Exception {
        InstancesCheck check = new InstancesCheck(args);
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            check.run(mail);
        } finally {
            mail.stop();
        }
        if (!check.failures.isEmpty()) {
            System.out.println("instances: FAILED: " + String.join("; ", check.failures));
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(GreenMail mail) throws Exception {
        Instances.run("start", "a");
        Instances.run("start", "b");
        if (!Instances.run("refused", "")) {
            failures.add("an instance with other plugins was not refused with its reason");
        }
        List<Long> assignments = assignments();
        long reminded = assignments.get(0);
        text(live, "UPDATE assignment SET deadline = (now() AT TIME ZONE 'UTC')::date + 3 WHERE id = ? RETURNING id",
                reminded);

        List<Typist> typists = signIn(assignments);
        seenByAColleagueOnTheOtherInstance(typists.get(0), assignments.get(0));

        typists.forEach(Typist::start);
        pause(PHASE_MILLIS);
        String stopped = busiest(typists);
        interrupt(typists, "stop", stopped, "stopped gracefully");
        Instances.run("start", stopped);
        pause(PHASE_MILLIS);
        String killed = busiest(typists); // the users of the stopped instance went to the other one
        interrupt(typists, "kill", killed, "killed with SIGKILL");
        Instances.run("start", killed);
        pause(PHASE_MILLIS);
        System.out.println("instances: rolling restart of a, then b, with users typing");
        interrupt(typists, "stop", "a", "stopped for the rolling restart");
        Instances.run("start", "a");
        interrupt(typists, "stop", "b", "stopped for the rolling restart");
        Instances.run("start", "b");
        pause(PHASE_MILLIS);
        for (Typist typist : typists) {
            typist.finish();
        }
        nothingAcknowledgedLost(typists);
        remindedOnce(mail, reminded);
        restoreDrill(typists.get(0), assignments.get(0));
    }

    /** Sessions signed in through the balancer, one after the other: round robin puts them on both instances. */
    private List<Typist> signIn(List<Long> assignments) throws IOException, InterruptedException {
        List<Typist> typists = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String country = COUNTRIES.get(i % COUNTRIES.size()).toLowerCase();
            String user = country + ((i / COUNTRIES.size()) % 2 == 0 ? ".focal" : ".contributor");
            LoadSession session = new LoadSession(balancer, user, assignments.get(i), SECTION, QUESTION);
            session.open();
            typists.add(new Typist(session));
        }
        Map<String, Long> landed = typists.stream()
                .collect(Collectors.groupingBy(t -> t.session.instance(), TreeMap::new, Collectors.counting()));
        System.out.println("instances: " + SESSIONS + " sign-ins through the balancer landed on " + landed);
        if (!landed.containsKey("a") || !landed.containsKey("b")) {
            failures.add("sign-ins did not land on both instances: " + landed);
        }
        return typists;
    }

    /** The first user saves an answer; a colleague of the same State signed in on the other instance sees it. */
    private void seenByAColleagueOnTheOtherInstance(Typist first, long assignment) throws Exception {
        LoadSession.Change change = first.session.change(1, 500);
        first.sent(1, change);
        String colleagueName = first.session.user().replace(".focal", ".contributor");
        for (int attempt = 0; attempt < 4; attempt++) {
            LoadSession colleague = new LoadSession(balancer, colleagueName, assignment, SECTION, QUESTION);
            colleague.open();
            if (!colleague.instance().equals(first.session.instance())) {
                boolean seen = change.saved() && colleague.shownAnswer().equals(first.session.answer(1));
                System.out.println("instances: an answer saved by " + first.session.user() + " on "
                        + first.session.instance() + " is shown to " + colleagueName + " on " + colleague.instance()
                        + ": " + seen);
                if (!seen) {
                    failures.add("the colleague on the other instance did not see the saved answer");
                }
                colleague.signOut();
                return;
            }
            colleague.signOut();
        }
        failures.add("the colleague never landed on the other instance");
    }

    /** The instance most of the users are on (a when even). */
    private static String busiest(List<Typist> typists) {
        long onA = typists.stream().filter(t -> t.session.instance().equals("a")).count();
        return onA * 2 >= typists.size() ? "a" : "b";
    }

    private void interrupt(List<Typist> typists, String action, String instance, String what) throws Exception {
        long there = typists.stream().filter(t -> t.session.instance().equals(instance)).count();
        Instances.run(action, instance);
        System.out.println("instances: " + instance + " " + what + " while " + there + " of its users typed");
        pause(PHASE_MILLIS);
    }

    /** Every answer acknowledged as saved is stored, or a later one of the same user (sent, maybe unanswered). */
    private void nothingAcknowledgedLost(List<Typist> typists) throws SQLException {
        int acknowledged = 0;
        int told = 0;
        int signIns = 0;
        int lost = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (Typist typist : typists) {
            typist.reasons.forEach((reason, count) -> reasons.merge(reason, count, Integer::sum));
            acknowledged += typist.acknowledgedCount;
            told += typist.told;
            signIns += typist.signIns;
            Matcher number = CHANGE.matcher(storedAnswer(live, typist.session.assignmentId()));
            int storedNumber = number.find() ? Integer.parseInt(number.group(1)) : 0;
            if (storedNumber < typist.lastAcknowledged || storedNumber > typist.lastSent) {
                lost++;
                System.out.println("instances: " + typist.session.user() + " was told change "
                        + typist.lastAcknowledged + " was saved, the database holds change " + storedNumber);
            }
        }
        System.out.println("instances: " + acknowledged + " changes acknowledged as saved, " + told
                + " times a user was told a change was not saved " + reasons + ", " + signIns
                + " sign-ins again; acknowledged answers lost: " + lost);
        if (lost > 0 || acknowledged == 0 || told == 0) {
            failures.add("answers lost: " + lost + ", acknowledged: " + acknowledged + ", told: " + told);
        }
    }

    /** Both instances ran the reminder job many times; each reminder due went out in exactly one e-mail. */
    private void remindedOnce(GreenMail mail, long assignment) throws Exception {
        String status = null;
        for (int i = 0; i < 30 && (status == null || "sending".equals(status)); i++) {
            status = text(live, "SELECT string_agg(status, ',') FROM reminder WHERE assignment_id = ?"
                    + " AND kind = 'due-3'", assignment);
            pause(1_000);
        }
        Map<String, Integer> runs = new TreeMap<>();
        Map<String, Integer> sentBy = new TreeMap<>();
        for (String instance : List.of("a", "b")) {
            Matcher run = REMINDER_RUN.matcher(Files.readString(logs.resolve(instance + ".log")));
            while (run.find()) {
                runs.merge(instance, 1, Integer::sum);
                sentBy.merge(instance, Integer.parseInt(run.group(1)), Integer::sum);
            }
        }
        Map<String, Integer> emails = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            emails.merge(recipients(message) + " / " + message.getSubject(), 1, Integer::sum);
        }
        long duplicates = emails.values().stream().filter(count -> count > 1).count();
        long sent = Long.parseLong(text(live, "SELECT count(*) FROM reminder WHERE status = 'sent'"));
        System.out.println("instances: reminder job runs " + runs + ", reminders sent by each " + sentBy
                + "; reminders recorded sent: " + sent + ", e-mails received: " + mail.getReceivedMessages().length
                + " (" + emails.size() + " distinct, duplicates " + duplicates + "); the reminder due in 3 days: "
                + status);
        if (!"sent".equals(status) || duplicates > 0 || runs.size() < 2
                || sentBy.values().stream().mapToInt(Integer::intValue).sum() != sent) {
            failures.add("reminders: due one " + status + ", duplicates " + duplicates + ", runs " + runs);
        }
    }

    private static String recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? "" : java.util.Arrays.stream(to).map(Address::toString).sorted()
                .collect(Collectors.joining(","));
    }

    /** A dump of the live database restored into a new one; an instance on it shows the same answers. */
    private void restoreDrill(Typist first, long assignment) throws Exception {
        String answers = "SELECT count(*) || ' answers, md5 ' || md5(string_agg(assignment_id || question_key"
                + " || value::text || revision, ',' ORDER BY assignment_id, question_key)) FROM answer";
        String before = text(live, answers);
        String stored = storedAnswer(live, assignment);
        Instances.run("restore", "");
        String after = text(restored, answers);
        LoadSession reader = new LoadSession(balancer, first.session.user(), assignment, SECTION, QUESTION);
        for (int attempt = 1;; attempt++) {
            try {
                reader.open();
                break;
            } catch (IOException | RuntimeException e) {
                if (attempt == 30) {
                    throw e;
                }
                pause(1_000); // until the balancer's checks find the instance ready
            }
        }
        boolean shown = reader.shownAnswer().equals(stored);
        System.out.println("instances: restore drill: live database " + before + ", restored " + after
                + "; the instance on the restored database shows " + first.session.user() + "'s stored answer: "
                + shown);
        if (!before.equals(after) || !shown) {
            failures.add("the restored database differs or its instance shows another answer");
        }
    }

    private List<Long> assignments() throws SQLException {
        try (Connection db = owner(live)) {
            db.setAutoCommit(false);
            List<Long> assignments = BenchmarkCampaigns.onePerSession(db, DEMO, "Instances check", "CU 2026/INST/",
                    COUNTRIES, SESSIONS);
            db.commit();
            return assignments;
        }
    }

    private static String storedAnswer(String url, long assignment) throws SQLException {
        String stored = text(url, "SELECT value #>> '{}' FROM answer WHERE assignment_id = ? AND question_key = ?",
                assignment, QUESTION);
        return stored == null ? "" : stored;
    }

    /** The first column of a statement's first row as text (null when none), seeing every country's rows. */
    private static String text(String url, String statement, Object... parameters) throws SQLException {
        try (Connection db = owner(url)) {
            db.setAutoCommit(false);
            BenchmarkCampaigns.allCountries(db);
            try (PreparedStatement prepared = db.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    String first = rows.next() ? rows.getString(1) : null;
                    db.commit();
                    return first;
                }
            }
        }
    }

    private static Connection owner(String url) throws SQLException {
        return DriverManager.getConnection(url, "qc_owner", "qc_owner");
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    /** The instances, through {@code .ci/instances-check instance <action> <name>}, whose lines it prints. */
    private static final class Instances {
        static boolean run(String action, String name) throws IOException, InterruptedException {
            Process process = new ProcessBuilder("bash", ".ci/instances-check", "instance", action, name).inheritIO()
                    .start();
            return process.waitFor() == 0;
        }
    }

    /** One user changing their answer every two seconds, signing in again whenever a change was not saved. */
    private static final class Typist extends Thread {
        private final LoadSession session;
        private volatile boolean finished;
        private int number = 1;
        private int lastSent = 1;
        private int lastAcknowledged;
        private int acknowledgedCount;
        private int told;
        private int signIns;
        private final Map<String, Integer> reasons = new TreeMap<>();

        Typist(LoadSession session) {
            super("typist-" + session.user() + "-" + session.assignmentId());
            this.session = session;
        }

        void sent(int sentNumber, LoadSession.Change change) {
            lastSent = sentNumber;
            if (change.saved()) {
                lastAcknowledged = sentNumber;
                acknowledgedCount++;
            } else {
                told++;
                reasons.merge(reason(change.failure()), 1, Integer::sum);
            }
        }

        /** What the user's browser was answered, in a word: the session expired, an HTTP status, no answer. */
        private static String reason(String failure) {
            Matcher status = HTTP_STATUS.matcher(failure);
            if (failure.contains("sessionExpired")) {
                return "session expired";
            }
            return status.find() ? "HTTP " + status.group(1) : failure.split(":", 2)[0];
        }

        @Override
        public void run() {
            while (!finished) {
                number++;
                try {
                    LoadSession.Change change = session.change(number, 500);
                    sent(number, change);
                    if (!change.saved()) {
                        signInAgain();
                    }
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void signInAgain() throws InterruptedException {
            while (!finished) {
                try {
                    session.open();
                    signIns++;
                    return;
                } catch (IOException | RuntimeException e) {
                    Thread.sleep(1_000); // no instance ready behind the balancer yet
                }
            }
        }

        void finish() throws InterruptedException {
            finished = true;
            join();
        }
    }
}
