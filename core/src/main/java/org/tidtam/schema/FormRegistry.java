package org.tidtam.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.tidtam.form.FormPlugin;
import org.tidtam.i18n.LocalizedException;
import org.tidtam.i18n.Message;

/**
 * The form plugins installed in this application, found with {@link ServiceLoader}. Loading fails
 * fast, with a message naming the classes, when two plugins claim the same id. A form's schema is
 * derived when the form is asked for ({@link #get}, {@link #find}), so that listing the forms or
 * using one of them does not pay for deriving all of them; a record that cannot be turned into a
 * schema fails there.
 */
public final class FormRegistry {

  private final Map<String, FormPlugin<?>> byId;

  private FormRegistry(Map<String, FormPlugin<?>> byId) {
    this.byId = byId;
  }

  /** The plugins registered on the thread context class loader. */
  public static FormRegistry load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : FormRegistry.class.getClassLoader());
  }

  /** The plugins registered in {@code META-INF/services/org.tidtam.form.FormPlugin} of a loader. */
  public static FormRegistry load(ClassLoader loader) {
    List<FormPlugin<?>> plugins = new ArrayList<>();
    try {
      for (FormPlugin<?> plugin : ServiceLoader.load(FormPlugin.class, loader)) {
        plugins.add(plugin);
      }
    } catch (ServiceConfigurationError e) {
      throw new LocalizedException(
          Message.of("tidtam.forms.plugin.unloadable", "detail", String.valueOf(e.getMessage())),
          e);
    }
    return of(plugins);
  }

  /** A registry of the given plugins (tests, or a host that builds its own list). */
  public static FormRegistry of(List<? extends FormPlugin<?>> plugins) {
    Map<String, FormPlugin<?>> byId = new LinkedHashMap<>();
    for (FormPlugin<?> plugin : plugins) {
      String id = plugin.id().value();
      FormPlugin<?> previous = byId.putIfAbsent(id, plugin);
      if (previous != null) {
        throw new LocalizedException(
            Message.of(
                "tidtam.forms.id.duplicate",
                "id",
                id,
                "first",
                previous.getClass().getName(),
                "second",
                plugin.getClass().getName()));
      }
    }
    Map<String, FormPlugin<?>> sorted = new LinkedHashMap<>();
    byId.values().stream()
        .sorted(Comparator.comparing(FormPlugin::id))
        .forEach(p -> sorted.put(p.id().value(), p));
    return new FormRegistry(sorted);
  }

  /** All plugins, sorted by id. */
  public List<FormPlugin<?>> all() {
    return List.copyOf(byId.values());
  }

  /** The ids of the installed forms, sorted. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** The plugin with this id, its schema derived. */
  public Optional<FormPlugin<?>> find(String id) {
    return Optional.ofNullable(byId.get(id)).map(FormRegistry::derived);
  }

  /**
   * The plugin with this id, its schema derived; an unknown id is an error that lists the known
   * ones.
   */
  public FormPlugin<?> get(String id) {
    FormPlugin<?> plugin = byId.get(id);
    if (plugin == null) {
      String known =
          byId.isEmpty() ? "-" : byId.keySet().stream().collect(Collectors.joining(", "));
      throw new LocalizedException(Message.of("tidtam.forms.id.unknown", "id", id, "known", known));
    }
    return derived(plugin);
  }

  /** The plugin, once its form's schema is derived (cached): a bad record fails here. */
  private static FormPlugin<?> derived(FormPlugin<?> plugin) {
    FormSchema.of(plugin);
    return plugin;
  }
}
