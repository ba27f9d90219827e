package org.qconsole.plugin;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/** One guarded call into a plugin: what it throws, or a missing result, becomes the caller's failure. */
public final class PluginCall {

    private PluginCall() {
    }

    /**
     * @param failed given what the plugin was doing and what it threw, returns the exception to throw
     *               (and switches the plugin off)
     */
    public static <T> T guard(String doing, Supplier<T> call, BiFunction<String, Throwable, RuntimeException> failed) {
        try {
            T result = call.get();
            if (result == null) {
                throw new IllegalStateException("returned nothing");
            }
            return result;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            throw failed.apply(doing, e);
        }
    }
}
