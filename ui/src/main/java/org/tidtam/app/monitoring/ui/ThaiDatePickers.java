package org.tidtam.app.monitoring.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tidtam.i18n.Lang;
import org.tidtam.thai.ThaiDates;

/**
 * Date pickers as the office reads dates: Thai month and day names in the calendar, the day typed
 * as dd/mm/yyyy, and under the field the chosen day in Thai with its Buddhist-era year (15 มี.ค.
 * 2569).
 */
final class ThaiDatePickers {

  private ThaiDatePickers() {}

  static DatePicker create(String id, String label, @Nullable LocalDate value, Lang lang) {
    var picker = new DatePicker(label);
    picker.setId(id);
    picker.setManualValidation(true);
    if (lang == Lang.TH) {
      var i18n = new DatePicker.DatePickerI18n();
      i18n.setMonthNames(
          List.of(
              "มกราคม",
              "กุมภาพันธ์",
              "มีนาคม",
              "เมษายน",
              "พฤษภาคม",
              "มิถุนายน",
              "กรกฎาคม",
              "สิงหาคม",
              "กันยายน",
              "ตุลาคม",
              "พฤศจิกายน",
              "ธันวาคม"));
      i18n.setWeekdays(List.of("อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์"));
      i18n.setWeekdaysShort(List.of("อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."));
      i18n.setToday("วันนี้");
      i18n.setCancel("ยกเลิก");
      i18n.setDateFormat("dd/MM/yyyy");
      picker.setI18n(i18n);
    }
    picker.setValue(value);
    picker.setHelperText(shown(value, lang));
    picker.addValueChangeListener(
        e -> {
          picker.setHelperText(shown(e.getValue(), lang));
          picker.setInvalid(false);
        });
    return picker;
  }

  /** 15 มี.ค. 2569; in English the ISO day. */
  static String shown(@Nullable LocalDate day, Lang lang) {
    if (day == null) {
      return "";
    }
    return lang == Lang.EN ? day.toString() : ThaiDates.shortDate(day);
  }
}
