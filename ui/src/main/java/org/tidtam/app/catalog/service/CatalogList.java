package org.tidtam.app.catalog.service;

import static org.tidtam.app.catalog.service.CatalogColumn.optional;
import static org.tidtam.app.catalog.service.CatalogColumn.required;

import java.util.List;
import java.util.Optional;
import org.tidtam.app.catalog.service.CatalogColumn.Type;
import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/**
 * The lists planners keep, each with the columns of its import and export files. The lists of a
 * fiscal year (policies, strategies, indicators, projects) are imported into the year chosen on the
 * screen; groups and schools are the same every year.
 */
public enum CatalogList implements Labeled {
  SCHOOLS(
      "สถานศึกษา",
      "Schools",
      "schools",
      false,
      List.of(
          required("code", "รหัสสถานศึกษา", "School code"),
          required("name", "ชื่อสถานศึกษา", "School name"),
          required("district", "อำเภอ", "District"),
          optional("size", "ขนาด", "Size"),
          optional("students", "จำนวนนักเรียน", "Students").as(Type.INTEGER))),
  GROUPS(
      "กลุ่มในสำนักงาน",
      "Office groups",
      "groups",
      false,
      List.of(
          required("code", "รหัสกลุ่ม", "Group code"),
          required("nameTh", "ชื่อกลุ่ม", "Group name (Thai)"),
          optional("nameEn", "ชื่อภาษาอังกฤษ", "Group name (English)"))),
  POLICIES(
      "นโยบาย",
      "Policies",
      "policies",
      true,
      List.of(
          required("kind", "ระดับ", "Level"),
          required("code", "รหัส", "Code"),
          required("number", "ลำดับ", "Number").as(Type.INTEGER),
          required("titleTh", "ชื่อนโยบาย", "Title (Thai)"),
          optional("titleEn", "ชื่อภาษาอังกฤษ", "Title (English)"))),
  STRATEGIES(
      "กลยุทธ์ สพป.",
      "Office strategies",
      "strategies",
      true,
      List.of(
          required("code", "รหัสกลยุทธ์", "Strategy code"),
          required("number", "ลำดับ", "Number").as(Type.INTEGER),
          required("titleTh", "ชื่อกลยุทธ์", "Title (Thai)"),
          optional("titleEn", "ชื่อภาษาอังกฤษ", "Title (English)"))),
  INDICATORS(
      "ตัวชี้วัด",
      "Indicators",
      "indicators",
      true,
      List.of(
          required("code", "รหัสตัวชี้วัด", "Indicator code"),
          required("strategy", "รหัสกลยุทธ์", "Strategy code"),
          required("titleTh", "ตัวชี้วัด", "Indicator (Thai)"),
          optional("titleEn", "ชื่อภาษาอังกฤษ", "Indicator (English)"),
          required("unit", "หน่วยนับ", "Unit"),
          optional("target", "ค่าเป้าหมาย", "Target").as(Type.DECIMAL),
          optional("targetNote", "เป้าหมาย (ข้อความ)", "Target note"),
          optional("direction", "ทิศทาง", "Direction"),
          required("owner", "กลุ่มผู้รับผิดชอบ", "Owner group"))),
  PROJECTS(
      "โครงการตามแผนปฏิบัติการ",
      "Action plan projects",
      "projects",
      true,
      List.of(
          required("code", "รหัสโครงการ", "Project code"),
          required("name", "ชื่อโครงการ", "Project name"),
          required("owner", "กลุ่มผู้รับผิดชอบ", "Owner group"),
          optional("budget", "งบประมาณ (บาท)", "Budget (baht)").as(Type.DECIMAL)));

  private final LocalizedText label;
  private final String fileName;
  private final boolean perYear;
  private final List<CatalogColumn> columns;

  CatalogList(String th, String en, String fileName, boolean perYear, List<CatalogColumn> columns) {
    this.label = LocalizedText.of(th, en);
    this.fileName = fileName;
    this.perYear = perYear;
    this.columns = columns;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** The ASCII base of its download names, e.g. {@code schools}. */
  public String fileName() {
    return fileName;
  }

  /** Whether its items belong to one fiscal year. */
  public boolean perYear() {
    return perYear;
  }

  public List<CatalogColumn> columns() {
    return columns;
  }

  public Optional<CatalogColumn> column(String key) {
    return columns.stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
