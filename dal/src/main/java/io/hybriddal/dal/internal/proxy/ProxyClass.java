package io.hybriddal.dal.internal.proxy;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.internal.model.InstanceFactory;
import java.lang.invoke.MethodHandle;

/**
 * A generated hybrid implementation.
 *
 * @param type        the generated class ({@code VDisk$Hybrid})
 * @param constructor {@code () -> DataObject}
 * @param computes    per dynamic (declaration order), {@code (DataObject) -> Object} running the user's method
 */
public record ProxyClass(Class<?> type, MethodHandle constructor, MethodHandle[] computes) implements InstanceFactory {

    @Override
    public DataObject instantiate() {
        try {
            return (DataObject) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cannot instantiate " + type.getName(), t);
        }
    }
}
