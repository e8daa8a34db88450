package org.tidtam.catalog;

import java.util.List;
import org.tidtam.i18n.LocalizedText;

/** Turns the catalog's typed lists into uniform choices. */
final class CatalogIndex {
  private CatalogIndex() {}

  /** A fiscal year of 0 means every year. */
  static List<CatalogItem> items(Catalog c, ReferenceKind kind, int fy) {
    return switch (kind) {
      case NATIONAL_STRATEGY,
          MOE_POLICY,
          OBEC_POLICY,
          OBEC_FOCUS,
          OBEC_ACTION_PLAN,
          PROVINCIAL_PLAN ->
          c.policies().stream()
              .filter(p -> p.kind() == kind && (fy == 0 || p.fiscalYear() == fy))
              .map(p -> new CatalogItem(kind, p.code(), numbered(p.number(), p.title())))
              .toList();
      case ESA_STRATEGY ->
          c.strategies().stream()
              .filter(s -> fy == 0 || s.fiscalYear() == fy)
              .map(s -> new CatalogItem(kind, s.code(), numbered(s.number(), s.title())))
              .toList();
      case ESA_INDICATOR ->
          c.indicators().stream()
              .filter(i -> fy == 0 || i.fiscalYear() == fy)
              .map(i -> new CatalogItem(kind, i.code(), i.title()))
              .toList();
      case ORG_GROUP ->
          c.groups().stream().map(g -> new CatalogItem(kind, g.code(), g.name())).toList();
      case SCHOOL ->
          c.schools().stream()
              .map(s -> new CatalogItem(kind, s.code(), LocalizedText.of(s.name(), s.name())))
              .toList();
      case DISTRICT ->
          c.districts().stream()
              .map(d -> new CatalogItem(kind, d, LocalizedText.of(d, d)))
              .toList();
    };
  }

  private static LocalizedText numbered(int n, LocalizedText t) {
    return LocalizedText.of(n + ". " + t.th(), n + ". " + t.en());
  }
}
