package org.tidtam.template.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a named member of a model object: a map key, a record component, or a public no-arg method
 * (which reaches {@code @Computed} methods). Lookups are cached per class and name, so rendering
 * never searches by reflection.
 */
public final class Accessors {

  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodHandle MISSING =
      MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0, Object.class);

  private static final ClassValue<Map<String, MethodHandle>> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private Accessors() {}

  /** The member's value, or null when the object is null or has no such member. */
  public static @Nullable Object get(@Nullable Object target, String name) {
    if (target == null) {
      return null;
    }
    if (target instanceof Map<?, ?> map) {
      return map.get(name);
    }
    Class<?> type = target.getClass();
    MethodHandle handle = BY_CLASS.get(type).computeIfAbsent(name, n -> find(type, n));
    try {
      return (Object) handle.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("reading " + name + " of " + type.getName(), e);
    }
  }

  /** Whether the object has the member (for duck-typed images). */
  public static boolean has(Object target, String name) {
    if (target instanceof Map<?, ?> map) {
      return map.containsKey(name);
    }
    Class<?> type = target.getClass();
    return BY_CLASS.get(type).computeIfAbsent(name, n -> find(type, n)) != MISSING;
  }

  private static MethodHandle find(Class<?> type, String name) {
    Method method = null;
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        if (rc.getName().equals(name)) {
          method = rc.getAccessor();
        }
      }
    }
    if (method == null) {
      method = publicGetter(type, name);
    }
    if (method == null) {
      return MISSING;
    }
    try {
      if (!Modifier.isPublic(method.getDeclaringClass().getModifiers()) || type.isRecord()) {
        method.setAccessible(true);
      }
      return MethodHandles.lookup().unreflect(method).asType(GETTER);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return MISSING;
    }
  }

  private static @Nullable Method publicGetter(Class<?> type, String name) {
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : new String[] {name, "get" + cap, "is" + cap}) {
      try {
        Method m = type.getMethod(candidate);
        if (m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())) {
          return m;
        }
      } catch (NoSuchMethodException e) {
        // try the next spelling
      }
    }
    return null;
  }
}
