package org.tidtam.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.LocalizedText;

/** Finds the broken references and duplicates of a catalog, for tests and for catalog import. */
final class CatalogCheck {
  private static final Set<ReferenceKind> POLICY_KINDS =
      EnumSet.of(
          ReferenceKind.NATIONAL_STRATEGY, ReferenceKind.OBEC_POLICY, ReferenceKind.OBEC_FOCUS);

  private final Catalog catalog;
  private final List<String> problems = new ArrayList<>();

  private CatalogCheck(Catalog catalog) {
    this.catalog = catalog;
  }

  static List<String> problems(Catalog catalog) {
    CatalogCheck check = new CatalogCheck(catalog);
    check.run();
    return List.copyOf(check.problems);
  }

  private void run() {
    Office office = catalog.office();
    if (office == null || blank(office.code())) {
      problems.add("ไม่มีข้อมูลสำนักงานหรือรหัสสำนักงาน");
    }
    if (catalog.fiscalYears().isEmpty()) {
      problems.add("ไม่มีปีงบประมาณ");
    }
    for (int fy : catalog.fiscalYears()) {
      if (fy <= 2400) {
        problems.add("ปีงบประมาณ " + fy + " ไม่ใช่ปี พ.ศ.");
      }
    }
    unique("กลุ่ม", catalog.groups(), OrgGroup::code);
    unique("สถานศึกษา", catalog.schools(), School::code);
    unique("อำเภอ", catalog.districts(), Function.identity());
    unique("นโยบาย", catalog.policies(), PolicyItem::code);
    unique("กลยุทธ์", catalog.strategies(), Strategy::code);
    unique("ตัวชี้วัด", catalog.indicators(), Indicator::code);
    catalog.groups().stream()
        .filter(g -> g.name() == null)
        .forEach(g -> problems.add("กลุ่ม " + g.code() + ": ไม่มีชื่อ"));
    catalog.schools().forEach(this::check);
    catalog.policies().forEach(this::check);
    catalog.strategies().forEach(this::check);
    catalog.indicators().forEach(this::check);
  }

  private void check(School s) {
    if (blank(s.name())) {
      problems.add("สถานศึกษา " + s.code() + ": ไม่มีชื่อ");
    }
    if (s.district() == null || !catalog.districts().contains(s.district())) {
      problems.add("สถานศึกษา " + s.code() + ": ไม่พบอำเภอ '" + s.district() + "'");
    }
  }

  private void check(PolicyItem p) {
    String what = "นโยบาย " + p.code();
    if (!POLICY_KINDS.contains(p.kind())) {
      problems.add(what + ": ประเภท " + p.kind() + " ไม่ใช่ประเภทของนโยบาย");
    }
    year(what, p.fiscalYear());
    titled(what, p.title());
  }

  private void check(Strategy s) {
    String what = "กลยุทธ์ " + s.code();
    year(what, s.fiscalYear());
    titled(what, s.title());
  }

  private void check(Indicator i) {
    String what = "ตัวชี้วัด " + i.code();
    year(what, i.fiscalYear());
    titled(what, i.title());
    catalog
        .strategy(i.strategyCode())
        .ifPresentOrElse(
            s -> {
              if (s.fiscalYear() != i.fiscalYear()) {
                problems.add(
                    what + ": กลยุทธ์ " + s.code() + " เป็นของปีงบประมาณ " + s.fiscalYear());
              }
            },
            () -> problems.add(what + ": ไม่พบกลยุทธ์รหัส '" + i.strategyCode() + "'"));
    if (catalog.group(i.ownerGroup()).isEmpty()) {
      problems.add(what + ": ไม่พบกลุ่มผู้รับผิดชอบรหัส '" + i.ownerGroup() + "'");
    }
    if (i.target() == null && blank(i.targetNote())) {
      problems.add(what + ": ไม่มีค่าเป้าหมายหรือคำอธิบายเป้าหมาย");
    }
    if (blank(i.unit())) {
      problems.add(what + ": ไม่มีหน่วยนับ");
    }
    if (i.direction() == null) {
      problems.add(what + ": ไม่ได้ระบุทิศทางของค่าเป้าหมาย");
    }
  }

  private void titled(String what, @Nullable LocalizedText title) {
    if (title == null || title.th().isBlank()) {
      problems.add(what + ": ไม่มีชื่อเรื่อง");
    }
  }

  private void year(String what, int fiscalYear) {
    if (!catalog.fiscalYears().contains(fiscalYear)) {
      problems.add(what + ": ปีงบประมาณ " + fiscalYear + " ไม่อยู่ในรายการปีของแคตตาล็อก");
    }
  }

  private <T> void unique(String what, List<T> items, Function<T, @Nullable String> code) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String c = code.apply(item);
      if (blank(c)) {
        problems.add(what + ": มีรายการที่ไม่มีรหัส");
      } else if (!seen.add(c)) {
        problems.add(what + ": รหัส '" + c + "' ซ้ำ");
      }
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
