import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Benchmarks only: prints the listing cursor that the service's own PageCursors (from
 * target/classes) makes for Pending requests after the given key, with the given secret: the
 * same text a NextPage at that depth carries. Usage: java -cp CLASSPATH bench/Cursor.java
 * SECRET AFTER_ID
 */
public class Cursor {

    public static void main(String[] args) throws Exception {
        Class<?> cursors = Class.forName(
                "com.triplink.connections.connectionrequests.control.PageCursors");
        Class<?> status = Class.forName(
                "com.triplink.connections.connectionrequests.entity.Status");
        Object instance = cursors.getDeclaredConstructor().newInstance();
        Field secret = cursors.getDeclaredField("configuredSecret");
        secret.setAccessible(true);
        secret.set(instance, Optional.of(args[0]));
        Method init = cursors.getDeclaredMethod("init");
        init.setAccessible(true);
        init.invoke(instance);
        Object pending = status.getField("PENDING").get(null);
        System.out.println(cursors.getMethod("encode", status, long.class)
                .invoke(instance, pending, Long.parseLong(args[1])));
    }
}
