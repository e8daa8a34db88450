package org.tidtam.forms.projectreport;

import org.tidtam.i18n.Labeled;
import org.tidtam.i18n.LocalizedText;

/** หมวดรายจ่าย of a project's spending. */
public enum ExpenseCategory implements Labeled {
  COMPENSATION("ค่าตอบแทน", "Compensation"),
  SERVICES("ค่าใช้สอย", "Services and travel"),
  MATERIALS("ค่าวัสดุ", "Materials"),
  UTILITIES("ค่าสาธารณูปโภค", "Utilities"),
  EQUIPMENT("ค่าครุภัณฑ์", "Equipment");

  private final LocalizedText label;

  ExpenseCategory(String th, String en) {
    this.label = LocalizedText.of(th, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
