package io.hybriddal.dal.internal.proxy;

import static net.bytebuddy.matcher.ElementMatchers.is;
import static net.bytebuddy.matcher.ElementMatchers.named;

import io.hybriddal.dal.DataObject;
import io.hybriddal.dal.InvalidHybridException;
import io.hybriddal.dal.internal.model.Declarations.DynamicDecl;
import io.hybriddal.dal.internal.model.Declarations.FieldDecl;
import io.hybriddal.dal.internal.model.Declarations;
import io.hybriddal.dal.internal.object.HybridProxy;
import io.hybriddal.dal.internal.object.ObjectState;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.ClassFileVersion;
import net.bytebuddy.NamingStrategy;
import net.bytebuddy.TypeCache;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Generates the implementing subclass of a hybrid with Byte Buddy, once per class and class
 * loader (weakly cached, so unloading a plugin's loader frees its proxies).
 *
 * <p>Each abstract getter becomes a direct call {@code state.getValue(<constant index>)} with a
 * cast (or unboxing) to the declared type, each setter {@code state.setValue(index, value)}:
 * no reflection and no lookup by name on the hot path. Each dynamic is overridden to go through
 * the cache, and a public {@code $$hybridCompute<i>} method calls the user's body.
 */
public final class ProxyFactory {

    private static final String STATE_FIELD = "$$hybridState";
    private static final String COMPUTE_PREFIX = "$$hybridCompute";
    private static final TypeCache<Class<?>> CACHE = new TypeCache.WithInlineExpunction<>(TypeCache.Sort.WEAK);
    /**
     * Generation of one class is guarded by one of these, picked by the class: two registrations
     * of a class at once (two Dals built on two threads) must not both define its implementation,
     * the second definition would fail. Striped, so that a registration generating many classes on
     * several threads rarely waits, and no lock is held per class (nor a user's class locked).
     */
    private static final Object[] GENERATION_LOCKS = new Object[64];

    static {
        for (int i = 0; i < GENERATION_LOCKS.length; i++) {
            GENERATION_LOCKS[i] = new Object();
        }
    }

    private static final Method GET_VALUE = stateMethod("getValue", int.class);
    private static final Method SET_VALUE = stateMethod("setValue", int.class, Object.class);
    private static final Method GET_RELATION = stateMethod("getRelation", int.class);
    private static final Method SET_RELATION = stateMethod("setRelation", int.class, Object.class);
    private static final Method GET_BACKREF = stateMethod("getBackref", int.class);
    private static final Method GET_DYNAMIC = stateMethod("getDynamic", int.class);

    private ProxyFactory() {
    }

    private static Method stateMethod(String name, Class<?>... parameters) {
        try {
            return ObjectState.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The generated implementation of the hybrid {@code declarations} describe. */
    public static ProxyClass proxyFor(Declarations declarations) {
        Class<?> hybrid = declarations.type();
        MethodHandles.Lookup lookup = privateLookup(hybrid);
        Object lock = GENERATION_LOCKS[System.identityHashCode(hybrid) & (GENERATION_LOCKS.length - 1)];
        Class<?> generated = CACHE.findOrInsert(hybrid.getClassLoader(), hybrid, () -> generate(declarations, lookup), lock);
        try {
            MethodHandles.Lookup inGenerated = MethodHandles.privateLookupIn(generated, MethodHandles.lookup());
            MethodHandle constructor = inGenerated.findConstructor(generated, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(DataObject.class));
            MethodHandle[] computes = new MethodHandle[declarations.dynamics().size()];
            for (int i = 0; i < computes.length; i++) {
                Class<?> returnType = declarations.dynamics().get(i).method().getReturnType();
                computes[i] = inGenerated.findVirtual(generated, COMPUTE_PREFIX + i, MethodType.methodType(returnType))
                        .asType(MethodType.methodType(Object.class, DataObject.class));
            }
            return new ProxyClass(generated, constructor, computes);
        } catch (ReflectiveOperationException e) {
            throw new InvalidHybridException("cannot access the generated implementation of " + hybrid.getName() + ": " + e);
        }
    }

    private static MethodHandles.Lookup privateLookup(Class<?> hybrid) {
        grantModuleAccess(hybrid.getModule());
        try {
            return MethodHandles.privateLookupIn(hybrid, MethodHandles.lookup());
        } catch (IllegalAccessException e) {
            throw new InvalidHybridException("hybrid-dal cannot define the implementation of " + hybrid.getName()
                    + " in its package: open the package " + hybrid.getPackageName() + " to io.hybriddal.dal (" + e.getMessage() + ")");
        }
    }

    /**
     * Under JPMS, the engine must read the hybrid's module (to define the implementation there),
     * and the implementation must reach the instance state, which this module exports to nobody
     * else: only to modules that declare hybrids, and only that one package.
     */
    private static void grantModuleAccess(Module hybrids) {
        Module engine = ProxyFactory.class.getModule();
        if (engine.isNamed() && hybrids != engine) {
            engine.addReads(hybrids);
            engine.addExports(ObjectState.class.getPackageName(), hybrids);
        }
    }

    private static Class<?> generate(Declarations declarations, MethodHandles.Lookup lookup) {
        Class<?> hybrid = declarations.type();
        DynamicType.Builder<?> builder = new ByteBuddy(ClassFileVersion.JAVA_V17)
                .with(new NamingStrategy.SuffixingRandom("Hybrid") {
                    @Override
                    protected String name(TypeDescription superClass) {
                        return superClass.getName() + "$Hybrid";
                    }
                })
                .subclass(hybrid)
                .implement(HybridProxy.class)
                .defineField(STATE_FIELD, ObjectState.class, Visibility.PRIVATE)
                .method(named("$$hybridState")).intercept(FieldAccessor.ofField(STATE_FIELD))
                .method(named("$$hybridAttach")).intercept(FieldAccessor.ofField(STATE_FIELD));
        for (int i = 0; i < declarations.fields().size(); i++) {
            FieldDecl f = declarations.fields().get(i);
            builder = builder.method(is(f.getter())).intercept(call(f.isRelation() ? GET_RELATION : GET_VALUE).with(i)
                    .withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
            if (f.setter() != null) {
                builder = builder.method(is(f.setter())).intercept(call(f.isRelation() ? SET_RELATION : SET_VALUE).with(i)
                        .withArgument(0).withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
            }
        }
        for (int i = 0; i < declarations.backrefs().size(); i++) {
            builder = builder.method(is(declarations.backrefs().get(i).getter()))
                    .intercept(call(GET_BACKREF).with(i).withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC));
        }
        for (int i = 0; i < declarations.dynamics().size(); i++) {
            DynamicDecl d = declarations.dynamics().get(i);
            builder = builder.method(is(d.method()))
                    .intercept(call(GET_DYNAMIC).with(i).withAssigner(Assigner.DEFAULT, Assigner.Typing.DYNAMIC))
                    .defineMethod(COMPUTE_PREFIX + i, d.method().getReturnType(), Visibility.PUBLIC)
                    .intercept(MethodCall.invoke(d.method()).onSuper());
        }
        try (DynamicType.Unloaded<?> unloaded = builder.make()) {
            return unloaded.load(hybrid.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup)).getLoaded();
        }
    }

    private static MethodCall.WithoutSpecifiedTarget callTarget(Method m) {
        return MethodCall.invoke(m);
    }

    private static MethodCall call(Method m) {
        return callTarget(m).onField(STATE_FIELD);
    }
}
