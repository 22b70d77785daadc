import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of a Java Flight Recorder file between two instants: the
 * methods that were running (self) and the methods on the stack (total), as shares of all
 * samples of the window.
 *
 * <pre>java bench/Profile.java FILE [FROM-EPOCH-SECONDS TO-EPOCH-SECONDS [ROWS]]</pre>
 */
public class Profile {

    public static void main(String[] args) throws Exception {
        Instant from = args.length > 2 ? epoch(args[1]) : Instant.MIN;
        Instant to = args.length > 2 ? epoch(args[2]) : Instant.MAX;
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)
                    || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            threads.merge(event.getThread("sampledThread").getJavaName()
                    .replaceAll("[0-9]+", "N"), 1, Integer::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (seen.add(name(frame))) {
                    total.merge(name(frame), 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d samples%n%nThreads%n", samples);
        print(threads, samples, 10);
        System.out.printf("%nSelf%n");
        print(self, samples, rows);
        System.out.printf("%nTotal (on the stack)%n");
        print(total, samples, rows);
    }

    private static Instant epoch(String seconds) {
        double value = Double.parseDouble(seconds);
        return Instant.ofEpochSecond((long) value, (long) ((value % 1) * 1e9));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(rows)
                .forEach(entry -> System.out.printf("%5.1f%%  %s%n",
                        100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
